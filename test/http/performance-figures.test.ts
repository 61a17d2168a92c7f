import { beforeAll, describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { Browser } from '../support/browser.js';
import {
  aCaseFinding,
  aChallengeDay,
  aDistrict,
  aFocusGroupFeedback,
  anAction,
  anObservedVisit,
} from '../support/fixtures.js';
import { readWorkbook } from '../support/read-workbook.js';
import { personalChat as chatOf, slackMember, teamsAndSlackScene } from '../support/scene.js';
import { slashCommand } from '../support/slack-requests.js';
import { cardIn, registered, textsOf, type TeamsUser } from '../support/teams-activities.js';

/*
 * Performance figures asked for in Teams and in Slack, answered through the bot's real endpoints; the chart
 * images and the spreadsheet are fetched over real HTTP from the links in the answer. The clock stands at
 * Monday 7 December 2026, 10:00 in London.
 */
const priya = { aadObjectId: 'aad-priya', name: 'Priya Patel' };
const day = calendarDateFromIso;
const scene = teamsAndSlackScene({
  now: new Date('2026-12-07T10:00:00Z'),
  districts: [
    aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Ilkeston and Long Eaton MAT', aliases: [] }),
    aDistrict({ _id: 'high-peak', name: 'High Peak', matLocality: 'Buxton and Glossop MAT', aliases: [] }),
  ],
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
    slackMember('person-dee', 'U-DEE', ['district_manager'], { displayName: 'Dee Watts', districtIds: ['erewash'] }),
    slackMember('person-owen', 'U-OWEN', ['staff'], { displayName: 'Owen Hart', districtIds: ['erewash'] }),
  ],
});
const { database, post, slack } = scene;

beforeAll(async () => {
  const actions = [
    // Given Mon 2 Nov, acknowledged the next day; due 20 Nov, done the 19th: on time.
    anAction({
      _id: 'action-on-time',
      districtId: 'erewash',
      createdAt: new Date('2026-11-02T10:00:00Z'),
      acknowledgedAt: new Date('2026-11-03T10:00:00Z'),
      dueDate: day('2026-11-20'),
      status: 'verified',
      completion: { evidence: 'Done', byId: 'person-owner', at: new Date('2026-11-19T10:00:00Z') },
    }),
    // Given 5 Oct, never acknowledged; due 30 Nov, still outstanding: overdue now.
    anAction({
      _id: 'action-late',
      districtId: 'erewash',
      createdAt: new Date('2026-10-05T10:00:00Z'),
      dueDate: day('2026-11-30'),
      status: 'open',
    }),
    // High Peak: given 10 Nov, never acknowledged, due 1 Dec: overdue now.
    anAction({
      _id: 'action-peak',
      districtId: 'high-peak',
      createdAt: new Date('2026-11-10T10:00:00Z'),
      dueDate: day('2026-12-01'),
      status: 'open',
    }),
  ];
  for (const action of actions) await database.stores.actions.create(action);
  await database.stores.challengeDays.create(
    aChallengeDay({ _id: 'day-erewash', districtId: 'erewash', date: day('2026-10-15'), status: 'closed' }),
  );
  await database.stores.caseFindings.submit(
    aCaseFinding({ challengeDayId: 'day-erewash', districtId: 'erewash', learningThemeIds: ['theme-chronology'] }),
  );
  // Learning themes: Erewash's day has Chronology twice and the voice of the child twice; High Peak's day (no
  // case graded on it) has Supervision once. The visit note names a worker: the figures quote no text.
  await database.stores.focusGroupFeedback.submit(
    aFocusGroupFeedback({
      challengeDayId: 'day-erewash',
      learningThemeIds: ['theme-chronology', 'theme-voice-of-the-child'],
    }),
  );
  await database.stores.observedVisits.submit(
    anObservedVisit({
      challengeDayId: 'day-erewash',
      observed: 'Dee Watts saw the child alone and recorded their wishes.',
      learningThemeIds: ['theme-voice-of-the-child'],
    }),
  );
  await database.stores.challengeDays.create(
    aChallengeDay({ _id: 'day-peak', districtId: 'high-peak', date: day('2026-11-05'), status: 'closed' }),
  );
  await database.stores.focusGroupFeedback.submit(
    aFocusGroupFeedback({ challengeDayId: 'day-peak', learningThemeIds: ['theme-supervision'] }),
  );
});

/** A theme's months in 2026 so far (all twelve on 7 December), with its count in October and November. */
const monthsOf2026 = (october: number, november: number) =>
  ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    .map((month) => `${month} ${month === 'Oct' ? october : month === 'Nov' ? november : 0}`)
    .join(' · ');

/** Asks in Priya's Teams chat; the answer's text and every link in it. */
async function askInTeams(who: TeamsUser, text: string) {
  await scene.say(who, chatOf(who), text);
  const answer = scene.lastIn(chatOf(who))?.activity;
  const card = cardIn(answer);
  return {
    json: JSON.stringify(answer),
    said: [String(answer?.text ?? ''), ...textsOf(card)].join(' '),
    facts: factsOf(card),
    charts: chartsOf(card),
  };
}

interface TeamsChart {
  readonly type: string;
  readonly data: readonly { legend: string; values: readonly { x: string; y: number }[] }[];
  readonly fallback: { type: string; url: string };
}

/** Teams' own chart elements of a card, in order. */
function chartsOf(element: unknown): TeamsChart[] {
  if (Array.isArray(element)) return element.flatMap(chartsOf);
  if (typeof element !== 'object' || element === null) return [];
  const record = element as Record<string, unknown>;
  const own =
    typeof record.type === 'string' && record.type.startsWith('Chart.') ? [record as unknown as TeamsChart] : [];
  return [...own, ...Object.values(record).flatMap(chartsOf)];
}

/** A chart's series as "legend: y y y …" over its labels, for comparing with counts worked out by hand. */
const seriesOf = (chart: TeamsChart | undefined) =>
  chart?.data.map((series) => `${series.legend}: ${series.values.map((value) => value.y).join(' ')}`);

/** Every fact of a card's fact sets, as "title: value". */
function factsOf(element: unknown): string[] {
  if (Array.isArray(element)) return element.flatMap(factsOf);
  if (typeof element !== 'object' || element === null) return [];
  const record = element as Record<string, unknown>;
  const own =
    typeof record.title === 'string' && typeof record.value === 'string' ? [`${record.title}: ${record.value}`] : [];
  return [...own, ...Object.values(record).flatMap(factsOf)];
}

async function askInSlack(user: string, text: string, name: string): Promise<string> {
  await post(slashCommand(user, `D-${user}`, text, slack.responseUrl(name)));
  await expect.poll(() => slack.responses.some((response) => response.path.endsWith(name))).toBe(true);
  return JSON.stringify(slack.responses.find((response) => response.path.endsWith(name))?.body ?? {});
}

const linkTo = (json: string, path: RegExp) => {
  const found = new RegExp(`https?://[^"\\s]+${path.source}[^"\\s]*`).exec(json)?.[0];
  if (!found) throw new Error(`no link to ${path.source} in the answer`);
  return found.replace(/\\u0026/g, '&');
};
const fetchFromBot = (url: string, browser = new Browser()) => {
  const { pathname, search } = new URL(url);
  return browser.open(`${scene.running.baseUrl}${pathname}${search}`);
};

/** A PNG's width and height from its IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('“county performance 2026” in Teams', () => {
  let answer: Awaited<ReturnType<typeof askInTeams>>;
  beforeAll(async () => {
    answer = await askInTeams(priya, 'county performance 2026');
  });

  it('answers with the county’s counts, each beside what it is out of', () => {
    expect(answer.said).toContain('County performance, 2026');
    // Raised in 2026: all three. Fell due by today: all three, one on time. Acknowledgement due for all three,
    // one acknowledged in time. Overdue now: the two still open.
    expect(answer.facts).toEqual(
      expect.arrayContaining([
        'Raised: 3',
        'Completed on time: 1 of 3 (33%)',
        'Acknowledged within 2 working days: 1 of 3 (33%)',
        'Overdue now: 2',
        // The finding's grades: good in every domain but the voice of the child.
        'Voice of the child: good or better: 0 of 1 (0%)',
        'Overall: good or better: 1 of 1 (100%)',
        'Thu 15 Oct 2026, Erewash: 1 of 1 (100%)',
        'Erewash: raised 2 · on time 1 of 2 (50%) · overdue now 1 · good or better 1 of 1 (100%)',
        'High Peak: raised 1 · on time 0 of 1 (0%) · overdue now 1 · good or better no cases',
      ]),
    );
    expect(answer.said).toContain('1 case graded on 1 Challenge Day');
  });

  it('lists the learning themes of both districts’ Challenge Days, counted by hand, naming nobody and no case', () => {
    expect(answer.said).toContain('Learning themes');
    expect(answer.said).toContain('3 themes recorded on Challenge Days in this period, most frequent first.');
    // Days in 2026 with themes: Erewash's (15 Oct), then High Peak's (5 Nov). Chronology: the finding and the
    // focus group, both on the first: 2, 0 — falling. The voice of the child: the focus group and the visit, the
    // same. Supervision: High Peak's focus group: 0, 1 — rising.
    const themeFacts = answer.facts.filter((fact) => /^(Chronology|Voice of the child|Supervision): \d/.test(fact));
    expect(themeFacts).toEqual([
      `Chronology: 2: 1 case finding, 1 focus group on 1 Challenge Day · Falling · ${monthsOf2026(2, 0)}`,
      `Voice of the child: 2: 1 focus group, 1 visit note on 1 Challenge Day · Falling · ${monthsOf2026(2, 0)}`,
      `Supervision: 1: 1 focus group on 1 Challenge Day · Rising · ${monthsOf2026(0, 1)}`,
    ]);
    // The visit note named a worker, the finding a case and the visit a worker's reference: none is shown.
    for (const identifying of ['Dee Watts', 'CR-104233', 'SW-0412', 'wishes'])
      expect(answer.json).not.toContain(identifying);
  });

  it('shows chart images the chat client can fetch over HTTP: valid PNGs of a sensible size', async () => {
    for (const chart of ['actions', 'grades', 'districts']) {
      const image = await fetchFromBot(linkTo(answer.json, new RegExp(`/charts/figures-${chart}\\.png`)));
      expect(image.status, chart).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/png');
      expect(pngSize(image.bytes)).toEqual({ width: 960, height: 480 });
      expect(image.bytes.length).toBeGreaterThan(5000);
    }
  });

  it('shows Teams’ own charts of the same counts, each falling back to its PNG image where a client has none', () => {
    const [actions, grades, districts, ...more] = answer.charts;
    expect(more).toEqual([]);
    for (const [chart, name] of [
      [actions, 'actions'],
      [grades, 'grades'],
      [districts, 'districts'],
    ] as const) {
      expect(chart?.type, name).toBe('Chart.VerticalBar.Grouped');
      expect(chart?.fallback.type, name).toBe('Image');
      expect(chart?.fallback.url, name).toMatch(new RegExp(`/charts/figures-${name}\\.png\\?`));
    }
    // Every month of 2026. Raised: Erewash's late action in October, the on-time one and High Peak's in November.
    // Fell due: two in November, High Peak's on 1 December; the one done on time fell due in November, and was
    // acknowledged the day after it was given, in November.
    expect(actions?.data[0]?.values.map((value) => value.x)).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
    const zeros = '0 0 0 0 0 0 0 0 0';
    expect(seriesOf(actions)).toEqual([
      `Raised: ${zeros} 1 2 0`,
      `Fell due: ${zeros} 0 2 1`,
      `Completed on time: ${zeros} 0 1 0`,
      `Acknowledged within 2 working days: ${zeros} 0 1 0`,
    ]);
    // One case graded: good or better in every domain but the voice of the child, and overall.
    const labels = grades?.data[0]?.values.map((value) => value.x) ?? [];
    expect(labels).toEqual(expect.arrayContaining(['Voice of the child', 'Overall']));
    expect(grades?.data.map((series) => series.legend)).toEqual([
      'Outstanding',
      'Good',
      'Requires improvement to be good',
      'Inadequate',
    ]);
    const goodOrBetter = (label: string) =>
      grades?.data
        .slice(0, 2)
        .reduce((sum, series) => sum + (series.values.find((value) => value.x === label)?.y ?? 0), 0);
    expect(labels.map(goodOrBetter)).toEqual(labels.map((label) => (label === 'Voice of the child' ? 0 : 1)));
    expect(districts?.data[0]?.values.map((value) => value.x)).toEqual(['Erewash', 'High Peak']);
    expect(seriesOf(districts)).toEqual(['Raised: 2 1', 'Fell due: 2 1', 'Completed on time: 1 0', 'Overdue now: 1 1']);
  });

  it('refuses a chart link that was changed, or that has expired, with 403 and no image', async () => {
    const url = linkTo(answer.json, /\/charts\/figures-actions\.png/);
    const link = new URL(url);
    const token = JSON.parse(Buffer.from(link.searchParams.get('figures') ?? '', 'base64url').toString()) as {
      districtIds: string[];
    };
    const widened = new URL(url);
    widened.searchParams.set(
      'figures',
      Buffer.from(JSON.stringify({ ...token, districtIds: [...token.districtIds, 'chesterfield'] })).toString(
        'base64url',
      ),
    );
    const resigned = new URL(url);
    resigned.searchParams.set('signature', '0'.repeat(64));
    for (const changed of [widened, resigned]) {
      const refused = await fetchFromBot(changed.toString());
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/^text\/plain/);
    }
    scene.setNow(new Date('2026-12-14T10:00:01Z'));
    try {
      expect((await fetchFromBot(url)).status).toBe(403);
    } finally {
      scene.setNow(new Date('2026-12-07T10:00:00Z'));
    }
    expect((await fetchFromBot(url)).status).toBe(200);
  });

  it('gives Priya her own spreadsheet of the figures that reads back with the same counts, audited', async () => {
    const url = linkTo(answer.json, /\/exports\/figures\/performance-figures\.xlsx/);
    const browser = new Browser();
    const file = await fetchFromBot(url, browser);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(
      'attachment; filename=county-performance-2026-01-year-2026-12-07.xlsx',
    );
    const workbook = await readWorkbook(file.bytes);
    const months = workbook.getWorksheet('Actions by month');
    const total = months?.getRows(1, months.rowCount)?.find((row) => row.getCell(1).value === 'Total');
    expect(total?.values).toEqual([undefined, 'Total', 3, 3, 1, 3, 1]);
    expect(months?.getCell('A2').value).toEqual(new Date('2026-01-01T00:00:00Z'));
    const districts = workbook.getWorksheet('Districts');
    expect(districts?.getRow(2).values).toEqual([undefined, 'Erewash', 2, 2, 1, 2, 1, 1, 1, 1]);
    expect(districts?.getRow(3).values).toEqual([undefined, 'High Peak', 1, 1, 0, 1, 0, 1, 0, 0]);
    // Every theme, with its counts as number cells and one column per month so far.
    const themes = workbook.getWorksheet('Learning themes');
    expect(themes?.getRow(1).values).toEqual(
      expect.arrayContaining(['Theme', 'Records', 'Case findings', 'Focus groups', 'Visit notes', 'October 2026']),
    );
    const october = Array.from({ length: 12 }, (_, at) => (at === 9 ? 2 : 0));
    expect(themes?.getRow(2).values).toEqual([undefined, 'Chronology', 2, 1, 1, 0, 1, 'Falling', ...october]);
    expect(themes?.getRow(3).values).toEqual([undefined, 'Voice of the child', 2, 0, 1, 1, 1, 'Falling', ...october]);
    const november = Array.from({ length: 12 }, (_, at) => (at === 10 ? 1 : 0));
    expect(themes?.getRow(4).values).toEqual([undefined, 'Supervision', 1, 0, 1, 0, 1, 'Rising', ...november]);
    expect(themes?.rowCount).toBe(4);
    // The link is Priya's, in the browser that opened it first.
    expect((await fetchFromBot(url, new Browser())).status).toBe(403);
    const figuresId = (
      JSON.parse(Buffer.from(new URL(url).searchParams.get('figures') ?? '', 'base64url').toString()) as {
        figuresId: string;
      }
    ).figuresId;
    const trail = await database.stores.auditEvents.trailFor('figures_export', figuresId);
    expect(trail.map((event) => event.transition)).toEqual(
      expect.arrayContaining(['link_granted', 'view', 'link_refused']),
    );
  });
});

describe('performance figures in Slack', () => {
  it('answers a district manager’s “/challenge performance for Erewash this quarter” with Erewash’s figures and charts', async () => {
    const answer = await askInSlack('U-DEE', 'performance for Erewash this quarter', 'figures-dee');
    expect(answer).toContain('Performance for Erewash, October to December 2026');
    // Slack has no chart elements: it shows each chart's fallback, the image.
    for (const chart of ['actions', 'grades'])
      expect(answer).toMatch(new RegExp(`"type":"image","image_url":"[^"]+/charts/figures-${chart}\\.png`));
    expect(answer).not.toContain('Chart.');
    expect(answer).not.toContain('shows only in Teams');
    expect(answer).not.toContain('High Peak');
    // Erewash's themes only: High Peak's Supervision is not hers to see.
    expect(answer).toContain('*Chronology: 2*');
    expect(answer).toContain('ask “recurring themes in Erewash”');
    expect(answer).not.toContain('Supervision');
    const image = await fetchFromBot(linkTo(answer, /\/charts\/figures-actions\.png/));
    expect(image.status).toBe(200);
    expect(pngSize(image.bytes)).toEqual({ width: 960, height: 480 });
  });

  it('compares only the districts a district manager manages', async () => {
    const answer = await askInSlack('U-DEE', 'compare districts this year', 'figures-dee-compare');
    expect(answer).toContain('Districts compared, 2026');
    expect(answer).toContain('Erewash');
    expect(answer).not.toContain('High Peak');
    expect(answer).toContain('*Voice of the child: 2*');
    expect(answer).not.toContain('Supervision');
  });

  it('refuses a district manager another district’s figures and the county’s, with no link', async () => {
    const other = await askInSlack('U-DEE', 'performance for High Peak last month', 'figures-dee-peak');
    expect(other).toContain('You can see performance figures only for the districts you manage');
    expect(other).not.toContain('/charts/');
    const county = await askInSlack('U-DEE', 'county performance 2026', 'figures-dee-county');
    expect(county).toContain('County figures are for QA managers and senior managers');
    expect(county).not.toContain('/charts/');
  });

  it('tells staff who can give them the figures', async () => {
    const answer = await askInSlack('U-OWEN', 'performance for Erewash this quarter', 'figures-owen');
    expect(answer).toContain('Performance figures are for the district’s managers and the QA team.');
    // Erewash's district manager, by name (QA managers help in every district).
    expect(answer).toContain('Dee Watts');
    expect(answer).not.toContain('/charts/');
    expect(answer).not.toContain('/exports/');
  });
});
