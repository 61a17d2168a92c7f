import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { recordsNamingPerson } from '../../src/store/records-naming-person.js';
import { Browser } from '../support/browser.js';
import { capturedLog } from '../support/captured-log.js';
import { readWorkbook } from '../support/read-workbook.js';
import { aDistrict, anAction } from '../support/fixtures.js';
import { personalChat as chatOf, teamsScene } from '../support/scene.js';
import { cardIn, registered, textsOf, type TeamsUser } from '../support/teams-activities.js';

const { logger, lines: logLines } = capturedLog();

const priya = { aadObjectId: 'aad-priya', name: 'Priya Patel' };
const helen = { aadObjectId: 'aad-helen', name: 'Helen Ward' };
const jo = { aadObjectId: 'aad-jo', name: 'Jo Bennett' };
const olly = { aadObjectId: 'aad-olly', name: 'Olly Owner' };

const day = calendarDateFromIso;
const teams = teamsScene({
  // Thursday 10 December 2026, 16:00 in London: links given now work until 17:00.
  now: new Date('2026-12-10T16:00:00Z'),
  logger,
  districts: [
    aDistrict(),
    aDistrict({ _id: 'high-peak', name: 'High Peak', matLocality: 'Buxton and Glossop MAT', aliases: [] }),
  ],
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
    registered(helen, { _id: 'person-helen', roles: ['district_manager'], districtIds: ['high-peak'] }),
    registered(jo, { _id: 'person-jo', roles: ['staff'], districtIds: ['high-peak'] }),
    registered(olly, { _id: 'person-olly', roles: ['staff'], districtIds: ['high-peak'] }),
    registered({ aadObjectId: 'aad-ola', name: 'Ola Chesterfield' }, { _id: 'person-ola', roles: ['staff'] }),
  ],
});
const { database } = teams;

const verifiedOn = (at: string) => ({
  history: [
    {
      commandId: 'cmd-verify',
      transition: 'verify',
      actorId: 'person-helen',
      at: new Date(at),
      from: 'completed',
      to: 'verified',
    },
  ],
});

beforeAll(async () => {
  const actions = [
    anAction({
      _id: 'action-hp-overdue',
      districtId: 'high-peak',
      ownerId: 'person-olly',
      what: '=HYPERLINK("http://evil.example","click")',
      source: { kind: 'case_finding', id: 'finding-1', summary: 'Case finding CR-104233' },
      dueDate: day('2026-12-01'),
      status: 'acknowledged',
      acknowledgedAt: new Date('2026-11-25T10:00:00Z'),
    }),
    anAction({
      _id: 'action-hp-open',
      districtId: 'high-peak',
      ownerId: 'person-jo',
      what: '+44 1629 000000: ring the duty team weekly',
      source: { kind: 'focus_group', id: 'feedback-1', summary: 'Focus group with the assessment team' },
      dueDate: day('2026-12-20'),
      priority: 'low',
    }),
    anAction({
      _id: 'action-hp-verified',
      districtId: 'high-peak',
      ownerId: 'person-olly',
      what: '@all managers: audit supervision notes monthly',
      source: { kind: 'observed_visit', id: 'visit-1', summary: 'Observed visit with a social worker' },
      dueDate: day('2026-11-15'),
      status: 'verified',
      acknowledgedAt: new Date('2026-11-02T09:00:00Z'),
      completion: { evidence: 'Done', byId: 'person-olly', at: new Date('2026-11-14T12:00:00Z') },
      ...verifiedOn('2026-11-16T10:00:00Z'),
    }),
    anAction({
      _id: 'action-hp-completed',
      districtId: 'high-peak',
      ownerId: 'person-jo',
      source: { kind: 'report', id: 'report-1', summary: 'Challenge Day report' },
      dueDate: day('2026-12-05'),
      status: 'completed',
      acknowledgedAt: new Date('2026-11-26T09:00:00Z'),
      completion: { evidence: 'Done', byId: 'person-jo', at: new Date('2026-12-04T15:00:00Z') },
    }),
    anAction({
      _id: 'action-ch-overdue',
      ownerId: 'person-ola',
      what: '-1 point for every late visit',
      dueDate: day('2026-11-30'),
    }),
    anAction({ _id: 'action-ch-open', ownerId: 'person-ola', dueDate: day('2026-12-24') }),
  ];
  for (const action of actions) {
    await database.stores.actions.create(action);
    const stored = await database.stores.actions.findById(action._id);
    referenceOf.set(action._id, stored?.reference ?? '');
  }
});

/** Each action's short reference ("A-3"), the first column of a row, as the store gave it on creation. */
const referenceOf = new Map<string, string>();
const ref = (actionId: string) => {
  const reference = referenceOf.get(actionId);
  if (!reference?.startsWith('A-')) throw new Error(`${actionId} was stored without a short reference`);
  return reference;
};

/** Asks for an export in the person's chat; the links in the answer, and what it says. */
async function ask(who: TeamsUser, text: string): Promise<{ csv?: string; xlsx?: string; said: string }> {
  await teams.say(who, chatOf(who), text);
  const answer = teams.lastIn(chatOf(who))?.activity;
  const json = JSON.stringify(answer);
  const csv = /https?:\/\/[^"\s]+\/exports\/action-plan\.csv[^"\s]*/.exec(json)?.[0];
  const xlsx = /https?:\/\/[^"\s]+\/exports\/action-plan\.xlsx[^"\s]*/.exec(json)?.[0];
  const said = [String(answer?.text ?? ''), ...textsOf(cardIn(answer))].join(' ');
  return { ...(csv ? { csv } : {}), ...(xlsx ? { xlsx } : {}), said };
}

const browser = new Browser();
const download = async (url: string, inBrowser: Browser = browser) => {
  const { pathname, search } = new URL(url);
  return inBrowser.open(`${teams.running.baseUrl}${pathname}${search}`);
};

/** The rows of a CSV download, read back as a spreadsheet would, by header. */
const csvRows = (body: string) => parse(body, { bom: true, columns: true }) as Record<string, string>[];
const referencesIn = async (url: string) =>
  csvRows((await download(url, new Browser())).body).map((row) => row.Reference);

const exportIdOf = (url: string) =>
  (
    JSON.parse(Buffer.from(new URL(url).searchParams.get('export') ?? '', 'base64url').toString()) as {
      exportId: string;
    }
  ).exportId;

const exportTrail = (url: string) => database.stores.auditEvents.trailFor('action_export', exportIdOf(url));

describe('exporting the action plan as CSV and XLSX', () => {
  let links: { csv?: string; xlsx?: string; said: string };
  beforeAll(async () => {
    links = await ask(priya, 'export the action plan for High Peak');
  });

  it('answers “export the action plan for High Peak” with a card of two links for the person only', () => {
    expect(links.said).toContain('Export: Actions in High Peak');
    expect(links.said).toContain('4 actions as the plan stands now');
    expect(links.said).toContain('These links are for you only and work until 17:00');
    expect(links.csv).toBeDefined();
    expect(links.xlsx).toBeDefined();
  });

  it('downloads a CSV of every High Peak action that reads back row for row, with formulas neutralised', async () => {
    const file = await download(links.csv ?? '');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename=action-plan-high-peak-2026-12-10.csv');
    expect(file.headers.get('cache-control')).toBe('no-store');
    expect(file.headers.get('referrer-policy')).toBe('no-referrer');
    expect(file.body.charCodeAt(0)).toBe(0xfeff);
    const rows = csvRows(file.body);
    // Soonest due first, as every list of actions is.
    expect(rows.map((row) => row.Reference)).toStrictEqual([
      ref('action-hp-verified'),
      ref('action-hp-overdue'),
      ref('action-hp-completed'),
      ref('action-hp-open'),
    ]);
    expect(rows[1]).toStrictEqual({
      Reference: ref('action-hp-overdue'),
      District: 'High Peak',
      Action: `'=HYPERLINK("http://evil.example","click")`,
      Source: 'Case finding',
      'Source summary': 'Case finding CR-104233',
      Owner: 'Olly Owner',
      'Due date': '2026-12-01',
      Priority: 'High',
      Status: 'Acknowledged',
      Acknowledged: '2026-11-25',
      Completed: '',
      Verified: '',
      'Days overdue': '9',
    });
    expect(rows[0]).toMatchObject({
      Action: "'@all managers: audit supervision notes monthly",
      Source: 'Observed visit',
      Status: 'Verified complete',
      Completed: '2026-11-14',
      Verified: '2026-11-16',
      'Days overdue': '0',
    });
    expect(rows[3]).toMatchObject({ Action: "'+44 1629 000000: ring the duty team weekly", Owner: 'Jo Bennett' });
  });

  it('downloads an XLSX with typed date and number cells, a filter on the header and the header frozen', async () => {
    const file = await new Browser().open(
      `${teams.running.baseUrl}${new URL(links.xlsx ?? '').pathname}${new URL(links.xlsx ?? '').search}`,
    );
    // Another browser than the one that opened the CSV: the two links are one, claimed by its first browser.
    expect(file.status).toBe(403);
    const xlsx = await download(links.xlsx ?? '');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename=action-plan-high-peak-2026-12-10.xlsx');
    const workbook = await readWorkbook(xlsx.bytes);
    const sheet = workbook.getWorksheet('Action plan');
    if (!sheet) throw new Error('no Action plan sheet');
    expect(sheet.rowCount).toBe(5);
    expect(sheet.autoFilter).toBe('A1:M1');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const overdue = sheet.getRow(3);
    expect(overdue.getCell(1).value).toBe(ref('action-hp-overdue'));
    expect(overdue.getCell(3).value).toBe('=HYPERLINK("http://evil.example","click")');
    expect(overdue.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(overdue.getCell(7).value).toStrictEqual(day('2026-12-01'));
    expect(overdue.getCell(10).value).toStrictEqual(day('2026-11-25'));
    expect(overdue.getCell(13).value).toBe(9);
  });

  it('records the grant and each download, in the trail of the export and of each owner it listed', async () => {
    const trail = await exportTrail(links.csv ?? '');
    expect(trail.map((event) => [event.transition, event.actorId, event.note])).toEqual(
      expect.arrayContaining([
        [
          'link_granted',
          'person-priya',
          expect.stringMatching(/^link for person-priya until .*: 4 actions when granted/),
        ],
        ['view', 'person-priya', 'action plan CSV: 4 actions (state=any, districtId=high-peak)'],
        ['view', 'person-priya', 'action plan XLSX: 4 actions (state=any, districtId=high-peak)'],
      ]),
    );
    const olly = await recordsNamingPerson(database.stores, 'person-olly');
    expect(olly.viewsOfTheirWork.map((event) => [event.actorId, event.note])).toContainEqual([
      'person-priya',
      `2 of their actions in action plan export ${exportIdOf(links.csv ?? '')}`,
    ]);
    const priyas = await recordsNamingPerson(database.stores, 'person-priya');
    expect(priyas.viewsTheyMade.filter((event) => event.entityKind === 'action_export')).not.toHaveLength(0);
  });

  it('honours the filters: status, district, owner and due dates', async () => {
    const overdue = await ask(priya, 'export all overdue actions');
    expect(await referencesIn(overdue.csv ?? '')).toStrictEqual([ref('action-ch-overdue'), ref('action-hp-overdue')]);
    const helens = await ask(helen, 'export all overdue actions');
    expect(await referencesIn(helens.csv ?? '')).toStrictEqual([ref('action-hp-overdue')]);
    const ollys = await ask(priya, 'export outstanding actions owned by Olly Owner');
    expect(await referencesIn(ollys.csv ?? '')).toStrictEqual([ref('action-hp-overdue')]);
    const thisMonth = await ask(helen, 'export the action plan for High Peak due this month');
    // "This month" is the whole calendar month, its days gone included (the 10th is today).
    expect(await referencesIn(thisMonth.csv ?? '')).toStrictEqual([
      ref('action-hp-overdue'),
      ref('action-hp-completed'),
      ref('action-hp-open'),
    ]);
    const completed = await ask(helen, 'export completed actions for High Peak');
    expect(await referencesIn(completed.csv ?? '')).toStrictEqual([
      ref('action-hp-verified'),
      ref('action-hp-completed'),
    ]);
  });

  it('refuses a district manager another district’s plan, and district staff any plan, saying who can', async () => {
    const granted = async () =>
      (await database.stores.auditEvents.byActor('person-helen')).filter((event) => event.transition === 'link_granted')
        .length;
    const before = await granted();
    const chesterfield = await ask(helen, 'export the action plan for Chesterfield');
    expect(chesterfield.csv).toBeUndefined();
    expect(chesterfield.said).toContain(
      'You can export the action plan only of the districts you manage; a QA manager can export any district’s.',
    );
    const staff = await ask(jo, 'export the action plan for High Peak');
    expect(staff.csv).toBeUndefined();
    expect(staff.said).toContain(
      'An action plan is exported by a QA manager, or by a senior or district manager for their own districts.',
    );
    expect(await granted()).toBe(before);
  });

  it('refuses a link changed to another district, another person, or a later expiry: 403, nothing of the plan, recorded', async () => {
    const { csv = '' } = await ask(helen, 'export the action plan for High Peak');
    const changed = (change: (link: URL) => void) => {
      const link = new URL(csv);
      change(link);
      return link.toString();
    };
    const token = JSON.parse(Buffer.from(new URL(csv).searchParams.get('export') ?? '', 'base64url').toString()) as {
      exportId: string;
      filter: Record<string, string>;
    };
    const otherDistrict = Buffer.from(
      JSON.stringify({ ...token, filter: { ...token.filter, districtId: 'chesterfield' } }),
    ).toString('base64url');
    const tampered = [
      changed((link) => link.searchParams.set('export', otherDistrict)),
      changed((link) => link.searchParams.set('person', 'person-priya')),
      changed((link) => link.searchParams.set('expires', String(Number(link.searchParams.get('expires')) + 86_400))),
      changed((link) => link.searchParams.delete('signature')),
      changed((link) => (link.pathname = '/exports/action-plan.html')),
    ];
    for (const link of tampered) {
      const file = await download(link, new Browser());
      expect(file.status, link).toBe(403);
      expect(file.body, link).toContain('This link is not valid for you, or it has expired.');
      expect(file.body, link).not.toContain('action-');
      expect(file.headers.get('content-disposition'), link).toBeNull();
    }
    const refused = (await database.stores.auditEvents.byActor('person-helen')).filter(
      (event) => event.transition === 'link_refused',
    );
    expect(refused.map((event) => event.note)).toEqual(
      expect.arrayContaining([
        'action plan export link refused: bad_signature',
        'action plan export link refused: incomplete',
        'action plan export link refused: unknown_format',
      ]),
    );
    // The one changed to Chesterfield is in the trail of the export it was made from.
    expect((await exportTrail(csv)).map((event) => event.transition)).toContain('link_refused');
    expect((await download(csv)).status).toBe(200);
  });

  it('refuses an expired link, and a link opened in a browser other than the first, recording why', async () => {
    const { csv = '' } = await ask(helen, 'export the action plan for High Peak');
    const helensBrowser = new Browser();
    const first = await download(csv, helensBrowser);
    expect(first.status).toBe(200);
    expect(first.headers.get('set-cookie')).toMatch(/^report_browser=[0-9a-f]{64}; Path=\/exports\/;/);
    expect((await download(csv, new Browser())).status).toBe(403);
    teams.setNow(new Date('2026-12-10T17:00:01Z'));
    expect((await download(csv, helensBrowser)).status).toBe(403);
    teams.setNow(new Date('2026-12-10T16:00:00Z'));
    expect((await exportTrail(csv)).map((event) => event.note)).toEqual(
      expect.arrayContaining([
        'action plan export link refused: opened already in another browser',
        'action plan export link refused: expired',
      ]),
    );
  });

  it('refuses a link once its person may no longer export, and never logs a link', async () => {
    const { csv = '' } = await ask(helen, 'export the action plan for High Peak');
    const record = await database.stores.people.findById('person-helen');
    if (!record) throw new Error('Helen is not registered');
    await database.stores.people.save({ ...record, roles: ['staff'] });
    expect((await download(csv, new Browser())).status).toBe(403);
    await database.stores.people.save(record);
    expect((await exportTrail(csv)).map((event) => event.note)).toContain(
      'action plan export link refused: not_allowed',
    );
    const log = logLines.join('');
    expect(log).toContain('"msg":"export downloaded"');
    expect(log).not.toContain(new URL(csv).searchParams.get('signature') ?? 'no signature');
    expect(log).not.toContain('export=');
  });
});
