import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeApiClient } from '../../../src/api-clients/api-client-command.js';
import type { Action } from '../../../src/domain/action/action.js';
import type { CaseFinding } from '../../../src/domain/case-finding/case-finding.js';
import type { ChallengeDay } from '../../../src/domain/challenge-day/challenge-day.js';
import type { FiguresPeriod } from '../../../src/domain/performance/figures-period.js';
import { performanceFigures, type FiguresScope } from '../../../src/domain/performance/performance-figures.js';
import { calendarDateFromIso, isoFromCalendarDate } from '../../../src/domain/shared/london-time.js';
import { themeCounts } from '../../../src/domain/themes/theme-counts.js';
import type { Theme } from '../../../src/domain/themes/theme.js';
import { apiCaller, tokenOfNewClient } from '../../support/api-client-calls.js';
import {
  aCaseFinding,
  aChallengeDay,
  aDistrict,
  aFocusGroupFeedback,
  anAction,
  anObservedVisit,
  aPerson,
} from '../../support/fixtures.js';
import { startTestBot, type RunningTestBot } from '../../support/test-bot.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
// Thursday 10 December 2026, noon in London.
const now = new Date('2026-12-10T12:00:00Z');
const day = calendarDateFromIso;

const erewash = aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] });
const highPeak = aDistrict({ _id: 'high-peak', name: 'High Peak', matLocality: 'Buxton and Glossop MAT', aliases: [] });
const people = [
  aPerson({ _id: 'person-olly', displayName: 'Olly Owner', roles: ['staff'], districtIds: ['erewash'] }),
  aPerson({ _id: 'person-auditor', displayName: 'Priya Auditor', roles: ['auditor'], districtIds: ['erewash'] }),
  aPerson({ _id: 'person-sm1', displayName: 'Sam Manager', roles: ['senior_manager'], districtIds: [] }),
];

const chronology: Theme = { _id: 'theme-api-chronology', name: 'Chronology (API)', cues: [], addedAt: now };
const voice: Theme = { _id: 'theme-api-voice', name: 'Voice (API)', cues: ['wishes'], addedAt: now };
const retired: Theme = {
  _id: 'theme-api-old',
  name: 'Old theme (API)',
  cues: [],
  addedAt: now,
  retiredAt: new Date('2026-11-01T00:00:00Z'),
};

const days: ChallengeDay[] = [
  aChallengeDay({ _id: 'day-e-oct', districtId: 'erewash', date: day('2026-10-08'), status: 'verified' }),
  aChallengeDay({ _id: 'day-e-dec', districtId: 'erewash', date: day('2026-12-03'), status: 'verified' }),
  aChallengeDay({ _id: 'day-h-nov', districtId: 'high-peak', date: day('2026-11-12'), status: 'verified' }),
];
// What auditors wrote names people and cases: none of it may leave through the API.
const written = 'Olly Owner saw CR-555001 alone; Priya Auditor noted the chronology was missing.';
const findings: CaseFinding[] = [
  aCaseFinding({
    _id: 'finding-e-oct',
    challengeDayId: 'day-e-oct',
    districtId: 'erewash',
    overallGrade: 'requires_improvement',
    strengths: written,
    learningThemeIds: ['theme-api-chronology'],
  }),
  aCaseFinding({
    _id: 'finding-e-dec-1',
    challengeDayId: 'day-e-dec',
    districtId: 'erewash',
    caseReference: 'CR-555001',
    strengths: written,
    learningThemeIds: ['theme-api-chronology', 'theme-api-voice'],
  }),
  aCaseFinding({
    _id: 'finding-e-dec-2',
    challengeDayId: 'day-e-dec',
    districtId: 'erewash',
    overallGrade: 'inadequate',
    learningThemeIds: ['theme-api-chronology'],
  }),
  aCaseFinding({
    _id: 'finding-h-nov',
    challengeDayId: 'day-h-nov',
    districtId: 'high-peak',
    learningThemeIds: ['theme-api-voice'],
  }),
];
const focusGroup = aFocusGroupFeedback({
  _id: 'focus-e-dec',
  challengeDayId: 'day-e-dec',
  working: written,
  learningThemeIds: ['theme-api-voice'],
});
const visit = anObservedVisit({
  _id: 'visit-h-nov',
  challengeDayId: 'day-h-nov',
  observed: written,
  learningThemeIds: ['theme-api-old'],
});

const actions: Action[] = [
  anAction({
    _id: 'action-e-1',
    districtId: 'erewash',
    challengeDayId: 'day-e-oct',
    createdAt: new Date('2026-10-09T09:00:00Z'),
    acknowledgedAt: new Date('2026-10-12T09:00:00Z'),
    dueDate: day('2026-11-20'),
    status: 'completed',
    completion: { evidence: 'Done', byId: 'person-olly', at: new Date('2026-11-19T10:00:00Z') },
  }),
  anAction({
    _id: 'action-e-2',
    districtId: 'erewash',
    challengeDayId: 'day-e-dec',
    createdAt: new Date('2026-12-03T15:00:00Z'),
    dueDate: day('2026-12-08'),
  }),
  anAction({
    _id: 'action-h-1',
    districtId: 'high-peak',
    challengeDayId: 'day-h-nov',
    createdAt: new Date('2026-11-12T15:00:00Z'),
    dueDate: day('2026-11-30'),
    status: 'acknowledged',
    acknowledgedAt: new Date('2026-11-13T09:00:00Z'),
  }),
];

const tokens = { full: '', erewashOnly: '', noThemes: '', revoked: '' };
let bot: RunningTestBot;
let api: Awaited<ReturnType<typeof apiCaller>>;

const client = (name: string, districts: string, scopes: string) =>
  tokenOfNewClient(database.stores, { name, districts, scopes }, now);

const THEME_ENDPOINTS = ['/api/v1/themes', '/api/v1/themes/counts'];
const NEW_ENDPOINTS = [...THEME_ENDPOINTS, '/api/v1/performance?period=quarter&start=2026-10'];

beforeAll(async () => {
  const { stores } = database;
  for (const district of [erewash, highPeak]) await stores.districts.save(district);
  for (const person of people) await stores.people.save(person);
  for (const theme of [chronology, voice, retired]) await stores.themes.save(theme);
  for (const challengeDay of days) await stores.challengeDays.create(challengeDay);
  for (const finding of findings) await stores.caseFindings.submit(finding);
  await stores.focusGroupFeedback.submit(focusGroup);
  await stores.observedVisits.submit(visit);
  for (const action of actions) await stores.actions.create(action);
  tokens.full = await client('county-themes', 'all', 'read:themes,read:performance');
  tokens.erewashOnly = await client('erewash-themes', 'Erewash', 'read:themes,read:performance');
  tokens.noThemes = await client('figures-only', 'all', 'read:performance,read:actions');
  tokens.revoked = await client('old-themes', 'all', 'read:themes,read:performance');
  await revokeApiClient(stores, 'old-themes', now);
  bot = await startTestBot(database, { API_REQUESTS_PER_MINUTE: '10000' }, now);
  api = await apiCaller(bot.baseUrl);
});
afterAll(() => bot?.close());

describe('the read API: who may read themes and the full figures', () => {
  it('describes /themes and /themes/counts in the document, each needing read:themes', () => {
    const paths = api.document.paths as Record<string, { get: { description: string } }>;
    expect(paths['/themes']?.get.description).toBe('Needs the `read:themes` scope.');
    expect(paths['/themes/counts']?.get.description).toBe('Needs the `read:themes` scope.');
  });

  it('answers 401 without a token, with a wrong one and with a revoked client’s', async () => {
    for (const path of NEW_ENDPOINTS) {
      expect((await api.get(path)).status, path).toBe(401);
      for (const token of ['not-a-token', `cdb_${'B'.repeat(43)}`, tokens.revoked]) {
        const answer = await api.get(path, token);
        expect(answer.status, path).toBe(401);
        expect(answer.body.message).toBe('The token is not valid: unknown, or its client was revoked.');
      }
    }
  });

  it('answers 403 to a client without read:themes, and to a district outside the client’s', async () => {
    for (const path of THEME_ENDPOINTS) {
      const answer = await api.get(path, tokens.noThemes);
      expect(answer.body).toEqual({ error: 'forbidden', message: 'This client has no read:themes scope.' });
    }
    expect((await api.get('/api/v1/performance', tokens.noThemes)).status).toBe(200);
    for (const path of ['/api/v1/themes/counts?district=high-peak', '/api/v1/performance?district=high-peak']) {
      const answer = await api.get(path, tokens.erewashOnly);
      expect(answer.status, path).toBe(403);
      expect(answer.body.message).toBe('This client may not read records of that district.');
    }
  });

  it('records each request in the audit trail under the client’s name', async () => {
    await api.get('/api/v1/themes/counts?from=2026-10-01&to=2026-12-31', tokens.erewashOnly);
    await api.get('/api/v1/themes', tokens.noThemes);
    const notes = async (client: string) =>
      (await database.stores.auditEvents.byActor(`api:${client}`)).map((event) => event.note);
    expect(await notes('erewash-themes')).toContain('GET /api/v1/themes/counts → 200, 2 records');
    expect(await notes('figures-only')).toContain('GET /api/v1/themes → 403');
  });
});

describe('the read API: themes', () => {
  it('lists the vocabulary, retired themes too, by id, name and whether retired', async () => {
    const answer = await api.get('/api/v1/themes', tokens.erewashOnly);
    expect(answer.status).toBe(200);
    const listed = answer.body.data as { id: string }[];
    expect(listed).toContainEqual({ id: 'theme-api-chronology', name: 'Chronology (API)', retired: false });
    expect(listed).toContainEqual({ id: 'theme-api-old', name: 'Old theme (API)', retired: true });
    expect(listed.map((theme) => theme.id).sort()).toEqual(
      (await database.stores.themes.all()).map((theme) => theme._id).sort(),
    );
  });

  it('counts each theme of the client’s districts by month and day, with its trend, as the domain does', async () => {
    const answer = await api.get('/api/v1/themes/counts?from=2026-10-01&to=2026-12-31', tokens.erewashOnly);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ from: '2026-10-01', to: '2026-12-31', districtIds: ['erewash'], records: 4 });
    expect(answer.body.themes).toEqual([
      {
        themeId: 'theme-api-chronology',
        count: 3,
        byMonth: [
          { month: '2026-10', count: 1 },
          { month: '2026-11', count: 0 },
          { month: '2026-12', count: 2 },
        ],
        byDay: [
          { challengeDayId: 'day-e-oct', districtId: 'erewash', date: '2026-10-08', count: 1 },
          { challengeDayId: 'day-e-dec', districtId: 'erewash', date: '2026-12-03', count: 2 },
        ],
        trend: 'rising',
      },
      {
        themeId: 'theme-api-voice',
        count: 2,
        byMonth: [
          { month: '2026-10', count: 0 },
          { month: '2026-11', count: 0 },
          { month: '2026-12', count: 2 },
        ],
        byDay: [
          { challengeDayId: 'day-e-oct', districtId: 'erewash', date: '2026-10-08', count: 0 },
          { challengeDayId: 'day-e-dec', districtId: 'erewash', date: '2026-12-03', count: 2 },
        ],
        trend: 'rising',
      },
    ]);
  });

  it('gives the county the same counts the domain works out from the same records', async () => {
    const answer = await api.get('/api/v1/themes/counts?from=2026-10-01&to=2026-12-31', tokens.full);
    const period = { from: day('2026-10-01'), until: day('2027-01-01') };
    const records = [...findings, focusGroup, visit].map((record) => {
      const held = days.find((one) => one._id === record.challengeDayId);
      if (!held) throw new Error(`no day for ${record._id}`);
      return {
        source: 'case_finding' as const,
        themeIds: record.learningThemeIds ?? [],
        challengeDayId: held._id,
        districtId: held.districtId,
        dayDate: held.date,
        texts: [],
      };
    });
    const expected = themeCounts(records, period).map((counted) => ({
      themeId: counted.themeId,
      count: counted.count,
      byMonth: counted.byMonth,
      trend: counted.trend,
      byDay: counted.byDay.map((one) => ({ ...one, date: isoFromCalendarDate(one.date) })),
    }));
    expect(answer.body.districtIds).toBeNull();
    expect(answer.body.themes).toEqual(expected);
    expect((answer.body.themes as { themeId: string }[]).map((counted) => counted.themeId)).toEqual([
      'theme-api-chronology',
      'theme-api-voice',
      'theme-api-old',
    ]);
  });

  it('never serves an excerpt, a case reference or anyone’s name in a theme answer', async () => {
    const answers = [
      await api.get('/api/v1/themes', tokens.full),
      await api.get('/api/v1/themes/counts?from=2026-10-01&to=2026-12-31', tokens.full),
      await api.get('/api/v1/themes/counts', tokens.full),
      await api.get('/api/v1/themes/counts?district=erewash', tokens.erewashOnly),
    ];
    const everything = JSON.stringify(answers.map((answer) => answer.body));
    expect(everything).not.toMatch(/excerpt|CR-\d|alone|missing|Olly|Owner|Priya|Auditor|Sam Manager|person-/i);
  });

  it('counts the last 12 months to today when no dates are given, and refuses dates the wrong way round', async () => {
    const answer = await api.get('/api/v1/themes/counts', tokens.full);
    expect(answer.body).toMatchObject({ from: '2026-01-01', to: '2026-12-10' });
    for (const query of ['from=2026-12-01&to=2026-11-01', 'from=2010-01-01&to=2026-12-01', 'from=2026-13-01']) {
      const refused = await api.get(`/api/v1/themes/counts?${query}`, tokens.full);
      expect(refused.status, query).toBe(400);
      expect(String(refused.body.message)).toMatch(/^The request was not understood: /);
    }
  });
});

describe('the read API: performance figures', () => {
  const expectedFigures = (scope: FiguresScope, districtIds: readonly string[], period: FiguresPeriod) =>
    performanceFigures(
      {
        scope,
        districts: [erewash, highPeak]
          .filter((district) => districtIds.includes(district._id))
          .map(({ _id, name }) => ({ _id, name })),
        period,
      },
      { actions, days, findings, focusGroups: [], visits: [], vocabulary: [] },
      now,
    );

  const domainAsServed = (figures: ReturnType<typeof expectedFigures>) => ({
    months: figures.months,
    totals: figures.totals,
    overdueNow: figures.overdueNow,
    grades: { cases: figures.grades.cases, overall: figures.grades.overall, domains: figures.grades.domains },
    days: figures.days.map((one) => ({ ...one, date: isoFromCalendarDate(one.date) })),
    byDistrict: figures.byDistrict,
  });

  it('serves a district’s quarter with the same figures the domain works out from the same data', async () => {
    const answer = await api.get('/api/v1/performance?district=erewash&period=quarter&start=2026-10', tokens.full);
    expect(answer.status).toBe(200);
    const period: FiguresPeriod = { unit: 'quarter', firstMonth: '2026-10' };
    const expected = expectedFigures({ kind: 'district', districtId: 'erewash' }, ['erewash'], period);
    expect(answer.body).toEqual({
      scope: { kind: 'district', districtId: 'erewash' },
      districtIds: ['erewash'],
      period: { unit: 'quarter', firstMonth: '2026-10', from: '2026-10-01', to: '2026-12-31' },
      asAt: now.toISOString(),
      ...domainAsServed(expected),
    });
    // Counted by hand: two actions given, one due and done on time, one overdue now; three cases graded.
    expect(answer.body.totals).toMatchObject({ raised: 2, due: 2, completedOnTime: 1 });
    expect(answer.body.overdueNow).toBe(1);
    expect((answer.body.grades as { cases: number }).cases).toBe(3);
  });

  it('serves the county to a client of every district, and only its own districts to a client of some', async () => {
    const period: FiguresPeriod = { unit: 'year', firstMonth: '2026-01' };
    const county = await api.get('/api/v1/performance?period=year&start=2026-01', tokens.full);
    expect(county.body).toMatchObject({ scope: { kind: 'county' }, districtIds: ['erewash', 'high-peak'] });
    expect(county.body).toMatchObject(
      domainAsServed(expectedFigures({ kind: 'county' }, ['erewash', 'high-peak'], period)),
    );
    const own = await api.get('/api/v1/performance?period=year&start=2026-01', tokens.erewashOnly);
    expect(own.body).toMatchObject({ scope: { kind: 'compare' }, districtIds: ['erewash'] });
    expect(own.body).toMatchObject(domainAsServed(expectedFigures({ kind: 'compare' }, ['erewash'], period)));
    expect(JSON.stringify(own.body)).not.toContain('high-peak');
  });

  it('still answers the first form, ?month=, with its monthly lines beside the full figures', async () => {
    const answer = await api.get('/api/v1/performance?month=2026-11', tokens.erewashOnly);
    expect(answer.body).toMatchObject({
      period: { unit: 'month', firstMonth: '2026-11', from: '2026-11-01', to: '2026-11-30' },
      month: '2026-11',
      districts: [{ districtId: 'erewash', due: 1, onTime: 1, onTimePercent: 100 }],
    });
    const quarter = await api.get('/api/v1/performance?period=quarter&start=2026-10', tokens.erewashOnly);
    expect(quarter.body).not.toHaveProperty('districts');
  });

  it('refuses with 400 a period that does not start where its unit does, or two forms at once', async () => {
    for (const query of ['period=quarter&start=2026-11', 'period=year&start=2026-02', 'month=2026-11&period=month']) {
      const answer = await api.get(`/api/v1/performance?${query}`, tokens.full);
      expect(answer.status, query).toBe(400);
      expect(String(answer.body.message)).toMatch(/^The request was not understood: /);
    }
  });

  it('answers 404 for a district that is not one of the county’s', async () => {
    const answer = await api.get('/api/v1/performance?district=atlantis', tokens.full);
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ error: 'not_found', message: 'There is no active district for these figures.' });
  });
});
