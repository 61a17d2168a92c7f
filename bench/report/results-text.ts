import { REQUESTS_PER_LEVEL } from '../items/card-submission.js';
import { DEMO_REQUESTS_EACH } from '../items/demo-answers.js';
import { REACH_LIMIT_MS, type ReachFigures } from '../items/reach.js';
import { machineLine } from '../support/machine.js';
import { orderWords } from '../support/query-plan.js';
import type { DistrictReads } from '../support/action-reads.js';
import { engineBuildLine } from '../support/server-engine.js';
import type { PlatformBroadcast } from '../items/broadcast.js';
import type { BenchResults, TargetCheck } from './bench-results.js';
import { markdownTable } from './markdown-table.js';

/**
 * The results as the bench prints them: what was measured where, each item's figures with the engine they were
 * measured on, then the targets.
 */
export function resultsText(results: BenchResults): string {
  const parts = [
    `# npm run bench — ${results.measuredAt} (${results.durationSeconds} s)`,
    `Machine: ${machineLine(results.machine)}, ${results.loadAverageAtEnd} at end`,
    `Engine: ${results.engine.label}\n\nServer build: ${engineBuildLine(results.engine)}`,
    ...(results.notRun ?? []).map((item) => `Not run: item ${item}.`),
  ];
  if (results.cardSubmission) {
    const { teams, slack } = results.cardSubmission;
    const rows = [
      ['Teams', 'botbuilder', teams],
      ['Slack', 'Bolt', slack],
    ] as const;
    parts.push(
      `## 1. Card submission: a case finding, ${REQUESTS_PER_LEVEL} requests per level, each a new finding (times in ms)`,
      markdownTable(
        [
          'endpoint',
          'conn',
          'p50',
          'p95',
          'p99',
          'req/s',
          'failed',
          'db commands',
          'bare',
          'bare p50',
          'bare p95',
          'bare p99',
          'bare req/s',
          'p99 ÷ bare',
        ],
        rows.flatMap(([platform, bare, endpoint]) =>
          endpoint.ours.map((ours, index) => {
            const baseline = endpoint.bare[index];
            return [
              platform,
              String(ours.connections),
              String(ours.p50Ms),
              String(ours.p95Ms),
              String(ours.p99Ms),
              String(ours.requestsPerSecond),
              String(ours.failures),
              String(endpoint.commands[index]?.perSubmission ?? ''),
              bare,
              String(baseline?.p50Ms ?? ''),
              String(baseline?.p95Ms ?? ''),
              String(baseline?.p99Ms ?? ''),
              String(baseline?.requestsPerSecond ?? ''),
              baseline ? `${(ours.p99Ms / baseline.p99Ms).toFixed(1)}×` : '',
            ];
          }),
        ),
      ),
      'failed: answers that were not 2xx (Slack itself answers 404 when an app has not acknowledged within 3 s),' +
        " timed out, or were not the receipt (Teams) or a plain acknowledgement (Slack). db commands: the bot's" +
        ' database commands per submission (driver command monitoring, bench only), the work after the answer included.',
      ...rows.map(
        ([platform, , endpoint]) =>
          `${platform}, commands per submission at 1 connection: ` +
          Object.entries(endpoint.commands[0]?.byKind ?? {})
            .map(([kind, count]) => `${kind} ${count}`)
            .join(', '),
      ),
    );
  }
  if (results.demoAnswers) {
    parts.push(
      `## 11. The demo county at 1 connection: each answer ${DEMO_REQUESTS_EACH} times, one after another (times in ms)`,
      markdownTable(
        ['typed, or submitted', 'p50', 'p95', 'p99', 'max', 'failed'],
        results.demoAnswers.answers.map((answer) => [
          answer.what,
          String(answer.p50Ms),
          String(answer.p95Ms),
          String(answer.p99Ms),
          String(answer.maxMs),
          String(answer.failures),
        ]),
      ),
    );
  }
  if (results.overdueQuery) {
    parts.push(
      '## 2. "Overdue actions for district X" (times in ms)',
      markdownTable(
        ['stored actions', 'answers timed', 'p50', 'p99', 'overdue in district', 'plan'],
        results.overdueQuery.map((size) => [
          size.actions.toLocaleString('en-GB'),
          String(size.samples),
          String(size.p50Ms),
          String(size.p99Ms),
          String(size.overdueInDistrict),
          size.plans.map((plan) => `${plan.command}: ${plan.summary} (${orderWords(plan)})`).join('; '),
        ]),
      ),
      `The plans as the server gives them: ${(results.overdueQuery.at(-1)?.plans ?? [])
        .map((plan) => `${plan.command} — ${plan.detail}`)
        .join('; ')}.`,
    );
  }
  if (results.apiOverdue) {
    const api = results.apiOverdue;
    parts.push(
      '## 10. Read API: GET /api/v1/actions?overdue=true (times in ms)',
      markdownTable(
        ['stored actions', 'clients', 'requests', 'p50', 'p95', 'p99', 'max', 'req/s', 'failed', 'page'],
        [
          [
            api.actions.toLocaleString('en-GB'),
            String(api.connections),
            String(api.requests),
            String(api.p50Ms),
            String(api.p95Ms),
            String(api.p99Ms),
            String(api.maxMs),
            String(api.requestsPerSecond),
            String(api.failures),
            String(api.pageSize),
          ],
        ],
      ),
    );
  }
  if (results.digestRun) {
    const { digestRun } = results;
    parts.push(
      `## 3. Full digest run\n\n${digestRun.districts} districts, ${digestRun.actions.toLocaleString('en-GB')} actions: ` +
        (digestRun.finished
          ? `every digest (${digestRun.digestsDelivered} of ${digestRun.digestsExpected}) sent in ${digestRun.totalMs} ms` +
            ` (queued after ${digestRun.queuedMs} ms).`
          : `stopped after ${digestRun.totalMs} ms with ${digestRun.digestsDelivered} of ${digestRun.digestsExpected}` +
            ` digests sent${digestRun.queuedMs === undefined ? '' : ` (queued after ${digestRun.queuedMs} ms)`}.`) +
        (digestRun.reads ? ` Reads of each district's actions: ${readsText(digestRun.reads)}.` : ''),
    );
  }
  if (results.broadcast) {
    const { broadcast } = results;
    parts.push(
      `## 4. Broadcast of a notice through the outbox${broadcast.finished ? '' : ` (stopped after ${broadcast.totalMs} ms)`}`,
      markdownTable(
        ['platform', 'channels', ...DELIVERY_COLUMNS],
        (['teams', 'slack'] as const).map((platform) => {
          const figures = broadcast[platform];
          return [platform === 'teams' ? 'Teams' : 'Slack', String(figures.channels), ...deliveryCells(figures)];
        }),
      ),
      'waiting: still queued when the outbox went idle, for a later attempt (at the next clock tick).\n\n' +
        `Sent in ${broadcast.totalMs} ms; Teams reached ${broadcast.teamsRatePerSecond} a second,` +
        ` ${Math.round(broadcast.teamsShareOfAllowed * 100)} % of the 50 a second its tenant allows (posts in each` +
        ` whole second from the first, on average). Against the burst bound (50 at once, then 50 a second later,` +
        ` over first to last, the retry held back by a Retry-After included):` +
        ` ${Math.round(broadcast.teamsBurstBoundShare * 100)} %.`,
    );
  }
  if (results.reach) parts.push(reachText(results.reach));
  if (results.countyFigures) {
    const figures = results.countyFigures;
    parts.push(
      `## 9. County performance figures for a year\n\n${figures.actions.toLocaleString('en-GB')} actions, ` +
        `${figures.findings.toLocaleString('en-GB')} case findings: ${figures.samples} answers, p50 ${figures.answerP50Ms} ms ` +
        `with the charts drawn (slowest ${figures.answerMaxMs} ms), of which reading and working out the figures ` +
        `${figures.figuresP50Ms} ms; the spreadsheet ${figures.xlsxMs} ms. ${figures.raised.toLocaleString('en-GB')} actions raised in the year, ${figures.themes} learning themes counted.`,
    );
  }
  if (results.cardSubmission) {
    const { memory } = results.cardSubmission;
    parts.push(
      `## 5. Memory (RSS)\n\nThe bot at idle ${memory.idleRssMB} MB, at the peak of item 1 ${memory.peakRssMB} MB;` +
        ` at idle, the bare botbuilder app ${memory.bareBotbuilderIdleRssMB} MB and the bare Bolt app ${memory.bareBoltIdleRssMB} MB.`,
    );
  }
  if (results.startUp) {
    const { startUp } = results;
    parts.push(
      `## 6. Start-up\n\nStart command to /readyz ok, on a fresh data folder${results.engine.tryOut ? '' : ' and a new database'}: median ${startUp.medianMs} ms of ${startUp.starts}` +
        ` (${startUp.fastestMs}–${startUp.slowestMs} ms).`,
    );
  }
  if (results.peopleImport) {
    const figures = results.peopleImport;
    parts.push(
      `## 8. People import\n\nA file of ${figures.people.toLocaleString('en-GB')} people into an empty register: dry run` +
        ` ${figures.dryRunMs} ms; --apply ${figures.applyMs} ms (${figures.applyMsPerPerson} ms a person: the record` +
        ` and its audit event); the same file again ${figures.reapplyMs} ms (nothing written).`,
    );
  }
  parts.push(
    '## Targets',
    markdownTable(
      ['item', 'measure', 'figure', 'target', 'met', 'engine'],
      results.targets.map((check) => targetRow(check, results.engine.name)),
    ),
  );
  return `${parts.map((part) => withEngine(part, results.engine.label)).join('\n\n')}\n`;
}

/** Under each item's heading, the engine its figures come from, so that none is quoted without it. */
function withEngine(part: string, engine: string): string {
  if (!part.startsWith('## ') || part.startsWith('## Targets')) return part;
  const [heading, ...rest] = part.split('\n');
  return [heading, '', `Measured on: ${engine}`, ...rest].join('\n');
}

function targetRow(check: TargetCheck, engine: string): string[] {
  const verdict = check.met === undefined ? '—' : check.met ? 'yes' : 'NO';
  return [check.item, check.measure, check.figure, check.target, verdict, engine];
}

/** Item 7: the notice to people who never wrote to the bot, each chat opened by the outbox. */
function reachText(reach: ReachFigures): string {
  const share = (figure: number | undefined) => (figure === undefined ? '—' : `${Math.round(figure * 100)} %`);
  const platforms = [
    ['Teams', reach.teams],
    ['Slack', reach.slack],
  ] as const;
  const failed = platforms.flatMap(([name, figures]) => figures.failedBecause.map((reason) => `${name}: ${reason}`));
  return [
    `## 7. Reach: the notice to ${reach.teams.people + reach.slack.people} people none of whom has a chat with the bot` +
      (reach.finished ? '' : ` (stopped at the limit, ${REACH_LIMIT_MS / 60_000} minutes)`),
    markdownTable(
      [
        'platform',
        'people',
        'open calls',
        'chats opened',
        'links stored',
        ...DELIVERY_COLUMNS,
        'share of allowed',
        'in the first run',
      ],
      platforms.map(([name, figures]) => [
        name,
        String(figures.people),
        String(figures.openCalls),
        String(figures.chatsOpened),
        String(figures.linksStored),
        ...deliveryCells(figures),
        share(figures.shareOfAllowed),
        share(figures.firstRunShareOfAllowed),
      ]),
    ),
    `The limit that binds — Teams: ${reach.teams.binding}; Slack: ${reach.slack.binding}, so the Slack half takes` +
      ` 4 minutes at the least; the item is stopped after ${REACH_LIMIT_MS / 60_000} minutes.` +
      ` "first to last" is over the calls that count against that limit; "share of allowed" is the least time the` +
      ` limit allows for them over the time they took. The outbox's first run ended after ${reach.firstRunMs ?? '—'} ms;` +
      ` what it put back (a chat Slack's limit will not let it open yet, a call answered 429) waits for the bot's` +
      ` clock, once a minute. Sent in ${reach.totalMs} ms` +
      (reach.unreachable ? `; ${reach.unreachable} people the outbox found no way to reach.` : '.') +
      (failed.length > 0 ? `\n\nGiven up on: ${failed.join('; ')}.` : ''),
  ].join('\n\n');
}

/** What the platform received of a message sent to many conversations (items 4 and 7). */
const DELIVERY_COLUMNS = [
  'delivered',
  'duplicates',
  'lost',
  'waiting',
  '429s injected',
  '429s over a limit',
  'first to last (ms)',
] as const;

function deliveryCells(
  figures: Pick<
    PlatformBroadcast,
    'delivered' | 'duplicates' | 'lost' | 'waiting' | 'injected429s' | 'overLimit429s' | 'spanMs'
  >,
): string[] {
  return [
    figures.delivered,
    figures.duplicates,
    figures.lost,
    figures.waiting,
    figures.injected429s,
    figures.overLimit429s,
    figures.spanMs,
  ].map(String);
}

/**
 * "0 reads of every match, 1 page (a limit above 1), 2 counts summed by the database and 1 probe (limit 1) for
 * each of 8 districts", or each district's own where they differ.
 */
function readsText(reads: Record<string, DistrictReads>): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const words = ({ lists, pages, probes, counts }: DistrictReads) =>
    `${plural(lists, 'read')} of every match, ${plural(pages, 'page')} (a limit above 1),` +
    ` ${plural(counts, 'count')} summed by the database and ${plural(probes, 'probe')} (limit 1)`;
  const each = Object.entries(reads).map(([districtId, counts]) => [districtId, words(counts)] as const);
  const distinct = new Set(each.map(([, text]) => text));
  if (distinct.size === 1) return `${[...distinct][0] ?? ''} for each of ${each.length} districts`;
  return each.map(([districtId, text]) => `${districtId}: ${text}`).join('; ');
}
