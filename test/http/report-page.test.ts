import { beforeAll, describe, expect, it } from 'vitest';
import { Browser } from '../support/browser.js';
import { capturedLog } from '../support/captured-log.js';
import { aCaseFinding, aChallengeDay, aReport } from '../support/fixtures.js';
import { personalChat as chatOf, teamsScene } from '../support/scene.js';
import { registered, textsOf, type TeamsUser } from '../support/teams-activities.js';

const { logger, lines: logLines } = capturedLog();

const priya = { aadObjectId: 'aad-priya', name: 'Priya Patel' };
const martin = { aadObjectId: 'aad-martin', name: 'Martin Cole' };
const helen = { aadObjectId: 'aad-helen', name: 'Helen Ward' };
const dan = { aadObjectId: 'aad-dan', name: 'Dan Price' };
const jo = { aadObjectId: 'aad-jo', name: 'Jo Bennett' };
const erin = { aadObjectId: 'aad-erin', name: 'Erin Shaw' };
const pat = { aadObjectId: 'aad-pat', name: 'Pat Reid' };
const STRENGTH = 'Worker kept a clear chronology of every visit.';

const teams = teamsScene({
  now: new Date('2026-12-10T16:00:00Z'),
  logger,
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'] }),
    registered(martin, { _id: 'person-martin', roles: ['senior_manager'] }),
    registered(helen, { _id: 'person-helen', roles: ['district_manager'] }),
    registered(dan, { _id: 'person-dan', roles: ['auditor'], districtIds: ['erewash'] }),
    registered(jo, { _id: 'person-jo', roles: ['staff'] }),
    registered(erin, { _id: 'person-erin', roles: ['staff'], districtIds: ['erewash'] }),
    registered(pat, { _id: 'person-pat', roles: ['partner_agency'], districtIds: [] }),
  ],
});
const { database } = teams;
const REPORT_ID = 'report-chesterfield-december';
const OTHER_REPORT_ID = 'report-chesterfield-other';

beforeAll(async () => {
  const day = await database.stores.challengeDays.create(
    aChallengeDay({ status: 'verified', auditTeamIds: ['person-dan', 'person-pat'] }),
  );
  await database.stores.caseFindings.submit(
    aCaseFinding({ challengeDayId: day._id, caseReference: 'CR-104233', auditorId: 'person-dan', strengths: STRENGTH }),
  );
  await database.stores.reports.create(aReport({ _id: REPORT_ID, challengeDayId: day._id, status: 'approved' }));
  const other = await database.stores.challengeDays.create(aChallengeDay({ status: 'verified' }));
  await database.stores.reports.create(
    aReport({ _id: OTHER_REPORT_ID, challengeDayId: other._id, status: 'approved' }),
  );
});

const pressOpen = (who: TeamsUser, reportId = REPORT_ID) =>
  teams.press(who, chatOf(who), 'report-card', 'report.openLink', { reportId });

/** Presses "Open the report" and returns the link in the answer, or the answer's words when there is none. */
async function linkFor(who: TeamsUser): Promise<{ url?: string; said: string }> {
  const answer = await pressOpen(who);
  const url = /https?:\/\/[^"\s]+\/reports\/[^"\s]+/.exec(JSON.stringify(answer.body))?.[0];
  return { ...(url ? { url } : {}), said: textsOf(answer.body).join(' ') };
}

/** The browser of whoever was given the link: each link opens in the browser that opened it first. */
const browser = new Browser();
const open = async (url: string, inBrowser: Browser = browser) => {
  const { pathname, search } = new URL(url);
  return inBrowser.open(`${teams.running.baseUrl}${pathname}${search}`);
};

const eventsOf = async (transition: string) =>
  (await database.stores.auditEvents.trailFor('report', REPORT_ID)).filter((event) => event.transition === transition);

describe('the report page, opened from a link the bot gives the person who asks', () => {
  it('gives those who need to know the cases the report with its case by case notes, and records the grant and the open', async () => {
    for (const who of [priya, martin, helen, dan]) {
      const link = await linkFor(who);
      expect(link.said, who.name).toContain('This link is for you only and works until 17:00, and so is the PDF');
      expect(link.url, who.name).toBeDefined();
      const page = await open(link.url ?? '');
      expect(page.status, who.name).toBe(200);
      expect(page.body, who.name).toContain('CR-104233');
      expect(page.body, who.name).toContain(STRENGTH);
    }
    const granted = await eventsOf('link_granted');
    // Events of the same moment come in no particular order.
    expect(granted.map((event) => event.actorId).sort()).toEqual([
      'person-dan',
      'person-helen',
      'person-martin',
      'person-priya',
    ]);
    const views = await eventsOf('view');
    expect(views.map((event) => [event.actorId, event.note]).sort()).toEqual(
      ['person-dan', 'person-helen', 'person-martin', 'person-priya'].map((id) => [
        id,
        'report page with case sections',
      ]),
    );
    // Each of those opens is in the trail of the case whose notes it showed.
    const aboutCase = await database.stores.auditEvents.aboutCase('CR-104233');
    expect(
      aboutCase
        .filter((event) => event.entityKind === 'report' && event.transition === 'view')
        .map((event) => event.actorId)
        .sort(),
    ).toEqual(['person-dan', 'person-helen', 'person-martin', 'person-priya']);
  });

  it('gives district staff the version without the notes case by case, saying so', async () => {
    const link = await linkFor(jo);
    expect(link.said).toContain('the notes case by case are shown only to those who need to know the cases');
    const page = await open(link.url ?? '');
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(STRENGTH);
    expect(page.body).toContain('Notes case by case: 1 on strengths, 0 on areas for improvement.');
    expect((await eventsOf('view')).filter((event) => event.actorId === 'person-jo')).toEqual([
      expect.objectContaining({ note: 'report page without case sections' }),
    ]);
  });

  it('tells someone of another district, and a partner-agency member, that the report was not found; no link is made', async () => {
    const before = (await eventsOf('link_granted')).length;
    for (const who of [erin, pat]) {
      const link = await linkFor(who);
      expect(link.url, who.name).toBeUndefined();
      expect(link.said, who.name).toContain('That report was not found.');
    }
    expect(await eventsOf('link_granted')).toHaveLength(before);
  });

  it('is served never cached, without a referrer, and with a policy that allows its one inline style and nothing else', async () => {
    const page = await open((await linkFor(priya)).url ?? '');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(page.body).not.toMatch(/<script|<img|<link|style="/);
  });

  it('refuses a link that was changed — another report, another person, a later expiry, the signature — or has expired: 403, nothing shown, each refusal recorded', async () => {
    const { url = '' } = await linkFor(jo);
    const changed = (change: (link: URL) => void) => {
      const link = new URL(url);
      change(link);
      return link.toString();
    };
    const tampered = [
      changed((link) => (link.pathname = `/reports/${OTHER_REPORT_ID}.html`)),
      changed((link) => link.searchParams.set('person', 'person-priya')),
      changed((link) => link.searchParams.set('expires', String(Number(link.searchParams.get('expires')) + 86_400))),
      changed((link) =>
        link.searchParams.set('signature', withFirstCharacterChanged(link.searchParams.get('signature'))),
      ),
      changed((link) => link.searchParams.delete('person')),
    ];
    const refusedBefore = (await eventsOf('link_refused')).length;
    for (const link of tampered) {
      const page = await open(link);
      expect(page.status, link).toBe(403);
      expect(page.body, link).toContain('This link is not valid for you, or it has expired.');
      expect(page.body, link).not.toContain('Challenge Day report');
      expect(page.headers.get('cache-control')).toBe('no-store');
    }
    const refused = await eventsOf('link_refused');
    // Refusals at the same moment come in no particular order.
    expect(
      refused
        .slice(refusedBefore)
        .map((event) => [event.actorId, event.note])
        .sort(),
    ).toEqual([
      ['person-jo', 'report link refused: bad_signature'],
      ['person-jo', 'report link refused: bad_signature'],
      ['person-priya', 'report link refused: bad_signature'],
      ['unknown', 'report link refused: incomplete'],
    ]);
    const otherReport = await database.stores.auditEvents.trailFor('report', OTHER_REPORT_ID);
    expect(otherReport.map((event) => [event.transition, event.actorId, event.note])).toContainEqual([
      'link_refused',
      'person-jo',
      'report link refused: bad_signature',
    ]);

    expect((await open(url)).status).toBe(200);
    teams.setNow(new Date('2026-12-10T17:00:01Z'));
    const expired = await open(url);
    expect(expired.status).toBe(403);
    expect(await eventsOf('link_refused')).toContainEqual(
      expect.objectContaining({ actorId: 'person-jo', note: 'report link refused: expired' }),
    );
    teams.setNow(new Date('2026-12-10T16:00:00Z'));
  });

  it('refuses a link whose person may no longer see the report', async () => {
    const { url = '' } = await linkFor(jo);
    const joRecord = await database.stores.people.findById('person-jo');
    if (!joRecord) throw new Error('Jo is not registered');
    await database.stores.people.save({ ...joRecord, districtIds: ['erewash'] });
    const page = await open(url);
    expect(page.status).toBe(403);
    expect(await eventsOf('link_refused')).toContainEqual(
      expect.objectContaining({ actorId: 'person-jo', note: 'report link refused: not_allowed' }),
    );
    await database.stores.people.save(joRecord);
  });

  it('opens a link only in the browser that opened it first: forwarded or copied elsewhere, it is refused and recorded', async () => {
    teams.setNow(new Date('2026-12-10T16:05:00Z')); // a link of its own, not one opened by an earlier test
    const { url = '' } = await linkFor(priya);
    teams.setNow(new Date('2026-12-10T16:00:00Z'));
    const priyasBrowser = new Browser();
    const first = await open(url, priyasBrowser);
    expect(first.status).toBe(200);
    expect(first.headers.get('set-cookie')).toMatch(
      /^report_browser=[0-9a-f]{64}; Path=\/reports\/; Expires=.*; HttpOnly; SameSite=Strict$/,
    );

    expect((await open(url, priyasBrowser)).status).toBe(200);
    const forwarded = await open(url, new Browser());

    expect(forwarded.status).toBe(403);
    expect(forwarded.body).not.toContain('Chesterfield');
    expect(await eventsOf('link_refused')).toContainEqual(
      expect.objectContaining({
        actorId: 'person-priya',
        note: 'report link refused: opened already in another browser',
      }),
    );
  });

  it('never writes a link or its signature into the log', async () => {
    const { url = '' } = await linkFor(priya);
    await open(url);
    await open(`${url}0`);
    const signature = new URL(url).searchParams.get('signature') ?? '';
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    const log = logLines.join('');
    expect(log).toContain('"msg":"report opened"');
    expect(log).toContain('"msg":"report link refused"');
    expect(log).not.toContain(signature);
    expect(log).not.toContain('signature=');
  });
});

/** A signature one character different: its first hex digit replaced by another (never by itself). */
function withFirstCharacterChanged(signature: string | null): string {
  const value = signature ?? '';
  return `${value.startsWith('0') ? '1' : '0'}${value.slice(1)}`;
}
