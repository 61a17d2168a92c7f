import { DEFAULT_DIGEST_SCHEDULE, digestDueInWeek } from '../../src/domain/scheduling/digest-schedule.js';
import { FakeBotConnector } from '../../test/fakes/bot-connector.js';
import { FakeSlackWebApi } from '../../test/fakes/slack-web-api.js';
import type { ActionsDatabase } from '../support/actions-database.js';
import type { BenchServer } from '../support/bench-server.js';
import { startTarget } from '../support/bot-under-test.js';
import { roundTo } from '../support/percentiles.js';
import { progress } from '../support/progress.js';
import { driver } from '../../src/store/driver-collection.js';
import type { DistrictReads } from '../support/action-reads.js';

interface RunnerMessage {
  kind?: string;
  queuedMs?: number;
  totalMs?: number;
  reads?: Record<string, DistrictReads>;
}

/** The run is stopped after this long, and what was delivered by then is reported: the bench must end. */
export const DIGEST_RUN_LIMIT_MS = 45_000;

export interface DigestRunFigures {
  readonly districts: number;
  readonly actions: number;
  /** Digests the channels linked to the districts should receive (one per district channel). */
  readonly digestsExpected: number;
  readonly digestsDelivered: number;
  readonly finished: boolean;
  /** From the start of the run to every digest sent; the limit when it did not finish. */
  readonly totalMs: number;
  /** From the start to every digest queued in the outbox (the due work done), when it got that far. */
  readonly queuedMs?: number;
  /** The reads of each district's actions the run sent, when it finished (command monitoring). */
  readonly reads?: Record<string, DistrictReads>;
}

/**
 * Item 3: a full digest run over all eight districts with 10,000 actions each (the actions database at
 * 80,000), from the digest work falling due to the last digest posted to the districts' Teams and Slack
 * channels (the loopback fakes).
 */
export async function measureDigestRun(server: BenchServer, database: ActionsDatabase): Promise<DigestRunFigures> {
  const connector = await new FakeBotConnector().start();
  const slack = await new FakeSlackWebApi().start();
  // The county's Teams channels are reached through the Bot Connector fake.
  await database.stores.conversationLinks.collection[driver].updateMany(
    { platform: 'teams' },
    { $set: { 'address.serviceUrl': connector.serviceUrl } },
  );
  const channels = await database.stores.conversationLinks.collection[driver].countDocuments({ kind: 'channel' });
  const { dueAt } = digestDueInWeek(DEFAULT_DIGEST_SCHEDULE, database.now);
  const now = new Date(Math.max(database.now.getTime(), dueAt.getTime() + 60_000));
  const runner = await startTarget(
    'bench/targets/digest-run.ts',
    {
      MONGODB_URI: server.uri,
      MONGODB_DATABASE: database.name,
      SLACK_API_URL: slack.apiUrl,
      BENCH_NOW: now.toISOString(),
    },
    { reportsMemory: false },
  );
  const delivered = () => connector.calls.length + slack.callsOf('chat.postMessage').length;
  let stoppedAtLimit = false;
  try {
    progress(`digest run: ${database.county.districtIds.length} districts, ${database.stored()} actions`);
    const started = performance.now();
    let queuedMs: number | undefined;
    const outcome = await new Promise<{ totalMs: number; reads?: Record<string, DistrictReads> } | undefined>(
      (done) => {
        const limit = setTimeout(() => done(undefined), DIGEST_RUN_LIMIT_MS);
        runner.child.on('message', (message: RunnerMessage) => {
          if (message.kind === 'queued') queuedMs = message.queuedMs;
          if (message.kind !== 'done') return;
          clearTimeout(limit);
          done({ totalMs: message.totalMs ?? 0, ...(message.reads ? { reads: message.reads } : {}) });
        });
        runner.child.send('go');
      },
    );
    stoppedAtLimit = outcome === undefined;
    if (!outcome)
      progress(`digest run: stopped at the limit${runner.errors() ? `; the run said:\n${runner.errors()}` : ''}`);
    return {
      districts: database.county.districtIds.length,
      actions: database.stored(),
      digestsExpected: channels,
      digestsDelivered: delivered(),
      finished: outcome !== undefined,
      totalMs: roundTo(outcome?.totalMs ?? performance.now() - started, 0),
      ...(queuedMs === undefined ? {} : { queuedMs: roundTo(queuedMs, 0) }),
      ...(outcome?.reads ? { reads: outcome.reads } : {}),
    };
  } finally {
    if (stoppedAtLimit) runner.child.kill('SIGKILL');
    await runner.stop(10_000);
    await Promise.all([connector.stop(), slack.stop()]);
    // A stopped run's queries would otherwise go on in the server and slow every item after this one.
    if (stoppedAtLimit && !(await server.restart())) {
      progress('digest run: the server is not ours to restart; the stopped run’s queries go on in it');
    }
  }
}
