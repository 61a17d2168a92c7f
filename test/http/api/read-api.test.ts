import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeApiClient } from '../../../src/api-clients/api-client-command.js';
import type { Action } from '../../../src/domain/action/action.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { driver } from '../../../src/store/driver-collection.js';
import { apiCaller, tokenOfNewClient } from '../../support/api-client-calls.js';
import { aCaseFinding, aChallengeDay, aDistrict, anAction, aPerson, aReport } from '../../support/fixtures.js';
import { startTestBot, type RunningTestBot } from '../../support/test-bot.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
// Thursday 10 December 2026, noon in London.
const now = new Date('2026-12-10T12:00:00Z');
const day = calendarDateFromIso;

const erewash = aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] });
const highPeak = aDistrict({ _id: 'high-peak', name: 'High Peak', matLocality: 'Buxton and Glossop MAT', aliases: [] });
const olly = aPerson({ _id: 'person-olly', displayName: 'Olly Owner', roles: ['staff'], districtIds: ['erewash'] });
const jo = aPerson({ _id: 'person-jo', displayName: 'Jo Bennett', roles: ['staff'], districtIds: ['high-peak'] });

const erewashDay = aChallengeDay({
  _id: 'day-erewash',
  districtId: 'erewash',
  matLocality: 'Erewash MAT',
  status: 'verified',
  intelligenceNotes: 'Complaint about CR-555001 from the child’s grandmother',
});
const highPeakDay = aChallengeDay({ _id: 'day-high-peak', districtId: 'high-peak', status: 'verified' });
const verifiedReport = aReport({
  _id: 'report-erewash',
  challengeDayId: 'day-erewash',
  districtId: 'erewash',
  status: 'approved',
  summary: 'CR-555001: the child was not seen alone',
  approvedById: 'person-sm',
  approvedAt: new Date('2026-12-05T10:00:00Z'),
  actionIds: ['action-01', 'action-02'],
});
const draftReport = aReport({ _id: 'report-high-peak', challengeDayId: 'day-high-peak', districtId: 'high-peak' });

/** Action ids sort in the order of their numbers, as pages list them. */
const actionNumber = (n: number) => `action-${String(n).padStart(2, '0')}`;
const actions: Action[] = [
  anAction({
    _id: actionNumber(1),
    districtId: 'erewash',
    challengeDayId: 'day-erewash',
    ownerId: 'person-olly',
    dueDate: day('2026-12-01'),
    status: 'acknowledged',
  }),
  anAction({
    _id: actionNumber(2),
    districtId: 'erewash',
    challengeDayId: 'day-erewash',
    ownerId: 'person-olly',
    dueDate: day('2026-12-20'),
  }),
  anAction({
    _id: actionNumber(3),
    districtId: 'erewash',
    challengeDayId: 'day-erewash',
    ownerId: 'person-olly',
    dueDate: day('2026-11-15'),
    status: 'verified',
  }),
  anAction({
    _id: actionNumber(4),
    districtId: 'high-peak',
    challengeDayId: 'day-high-peak',
    ownerId: 'person-jo',
    dueDate: day('2026-12-09'),
    status: 'in_progress',
  }),
  anAction({
    _id: actionNumber(5),
    districtId: 'high-peak',
    challengeDayId: 'day-high-peak',
    ownerId: 'person-jo',
    dueDate: day('2027-01-10'),
  }),
  anAction({
    _id: actionNumber(6),
    districtId: 'erewash',
    challengeDayId: 'day-erewash',
    ownerId: 'person-olly',
    dueDate: day('2026-12-10'),
  }),
];

const tokens = { full: '', erewashOnly: '', reportsOnly: '', revoked: '' };
let bot: RunningTestBot;
let api: Awaited<ReturnType<typeof apiCaller>>;

const client = (name: string, districts: string, scopes: string) =>
  tokenOfNewClient(database.stores, { name, districts, scopes }, now);

const ALL_SCOPES = 'read:challenge-days,read:reports,read:actions,read:districts,read:performance';
const ENDPOINTS = [
  '/api/v1/challenge-days',
  '/api/v1/challenge-days/day-erewash',
  '/api/v1/reports',
  '/api/v1/reports/report-erewash',
  '/api/v1/actions',
  '/api/v1/actions/action-01',
  '/api/v1/districts',
  '/api/v1/performance',
];

beforeAll(async () => {
  const { stores } = database;
  for (const district of [erewash, highPeak]) await stores.districts.save(district);
  for (const person of [olly, jo]) await stores.people.save(person);
  for (const challengeDay of [erewashDay, highPeakDay]) await stores.challengeDays.create(challengeDay);
  for (const report of [verifiedReport, draftReport]) await stores.reports.create(report);
  await stores.caseFindings.submit(aCaseFinding({ challengeDayId: 'day-erewash', districtId: 'erewash' }));
  await stores.caseFindings.submit(
    aCaseFinding({
      challengeDayId: 'day-erewash',
      districtId: 'erewash',
      caseReference: 'CR-104234',
      overallGrade: 'inadequate',
    }),
  );
  for (const action of actions) await stores.actions.create(action);
  tokens.full = await client('county-dashboard', 'all', ALL_SCOPES);
  tokens.erewashOnly = await client('erewash-tickets', 'Erewash', ALL_SCOPES);
  tokens.reportsOnly = await client('reports-only', 'all', 'read:reports');
  tokens.revoked = await client('old-dashboard', 'all', ALL_SCOPES);
  await revokeApiClient(stores, 'old-dashboard', now);
  bot = await startTestBot(database, { API_REQUESTS_PER_MINUTE: '10000' }, now);
  api = await apiCaller(bot.baseUrl);
});
afterAll(() => bot?.close());

const ids = (body: Record<string, unknown>) => (body.data as { id: string }[]).map((record) => record.id);

describe('the read API: its description', () => {
  it('serves an OpenAPI 3.1 document of every endpoint to anyone, without a token', () => {
    expect(api.document.openapi).toBe('3.1.0');
    expect(Object.keys(api.document.paths as object).sort()).toEqual([
      '/actions',
      '/actions/{id}',
      '/challenge-days',
      '/challenge-days/{id}',
      '/districts',
      '/performance',
      '/reports',
      '/reports/{id}',
      '/themes',
      '/themes/counts',
    ]);
  });
});

describe('the read API: who may read', () => {
  it('answers 401 with WWW-Authenticate: Bearer to a request without a token, on every endpoint', async () => {
    for (const path of ENDPOINTS) {
      const answer = await api.get(path);
      expect(answer.status, path).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="api"');
      expect(answer.body.message).toBe('This API needs a client token: send it as "Authorization: Bearer <token>".');
    }
  });

  it('answers 401 to a forged token, a token that is not one of ours, and the token of a revoked client', async () => {
    const forged = `cdb_${'A'.repeat(43)}`;
    for (const token of [forged, 'not-a-token', tokens.revoked, `${tokens.full}x`]) {
      for (const path of ENDPOINTS) {
        const answer = await api.get(path, token);
        expect(answer.status, `${path} ${token.slice(0, 6)}`).toBe(401);
        expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="api", error="invalid_token"');
        expect(answer.body.message).toBe('The token is not valid: unknown, or its client was revoked.');
      }
    }
  });

  it('answers 403 on every endpoint whose scope the client lacks, and serves the one it has', async () => {
    for (const path of ENDPOINTS.filter((path) => !path.includes('/reports'))) {
      const answer = await api.get(path, tokens.reportsOnly);
      expect(answer.status, path).toBe(403);
      expect(answer.body.message).toMatch(/^This client has no read:[a-z-]+ scope\.$/);
    }
    expect((await api.get('/api/v1/reports', tokens.reportsOnly)).status).toBe(200);
  });

  it('answers 403 for one record of a district outside the client’s, and leaves such records out of lists', async () => {
    for (const path of ['/api/v1/challenge-days/day-high-peak', '/api/v1/actions/action-04']) {
      const answer = await api.get(path, tokens.erewashOnly);
      expect(answer.status, path).toBe(403);
      expect(answer.body).toEqual({
        error: 'forbidden',
        message: 'This client may not read records of that district.',
      });
    }
    expect(ids((await api.get('/api/v1/actions', tokens.erewashOnly)).body)).toEqual([
      'action-01',
      'action-02',
      'action-03',
      'action-06',
    ]);
    expect(ids((await api.get('/api/v1/challenge-days', tokens.erewashOnly)).body)).toEqual(['day-erewash']);
    expect(ids((await api.get('/api/v1/districts', tokens.erewashOnly)).body)).toEqual(['erewash']);
    const performance = await api.get('/api/v1/performance', tokens.erewashOnly);
    expect((performance.body.districts as { districtId: string }[]).map((figures) => figures.districtId)).toEqual([
      'erewash',
    ]);
    for (const path of ['/api/v1/actions?district=high-peak', '/api/v1/performance?district=high-peak']) {
      expect((await api.get(path, tokens.erewashOnly)).status, path).toBe(403);
    }
  });

  it('answers 404 for a record that does not exist, a report not yet verified, and a path that is no endpoint', async () => {
    expect((await api.get('/api/v1/actions/action-99', tokens.full)).body).toEqual({
      error: 'not_found',
      message: 'There is no action with that id.',
    });
    expect((await api.get('/api/v1/reports/report-high-peak', tokens.full)).status).toBe(404);
    expect((await api.get('/api/v1/learning', tokens.full)).status).toBe(404);
  });
});

describe('the read API: what it serves', () => {
  it('lists only verified reports, at summary level: grade counts, no case text', async () => {
    const answer = await api.get('/api/v1/reports', tokens.full);
    expect(answer.body).toEqual({
      data: [
        {
          id: 'report-erewash',
          challengeDayId: 'day-erewash',
          districtId: 'erewash',
          verifiedAt: '2026-12-05T10:00:00.000Z',
          verifiedById: 'person-sm',
          findingCount: 2,
          overallGrades: { outstanding: 0, good: 1, requires_improvement: 0, inadequate: 1 },
          actionCount: 2,
        },
      ],
      nextCursor: null,
    });
  });

  it('serves a Challenge Day without its intelligence notes, and an action without case detail', async () => {
    const challengeDay = await api.get('/api/v1/challenge-days/day-erewash', tokens.full);
    expect(challengeDay.body).toMatchObject({
      id: 'day-erewash',
      districtId: 'erewash',
      date: '2026-12-03',
      auditTeamSize: 1,
      matAuditTeamSize: 0,
    });
    const action = await api.get('/api/v1/actions/action-01', tokens.full);
    expect(action.body).toMatchObject({
      id: 'action-01',
      owner: { id: 'person-olly', name: 'Olly Owner' },
      dueDate: '2026-12-01',
      status: 'acknowledged',
      overdue: true,
      daysOverdue: 9,
      sourceKind: 'case_finding',
    });
    const everything = JSON.stringify([
      challengeDay.body,
      action.body,
      (await api.get('/api/v1/reports/report-erewash', tokens.full)).body,
    ]);
    // Case references and what auditors wrote about a case are never served.
    expect(everything).not.toMatch(/CR-\d|grandmother|not recorded at the last two visits|Strong relationship/i);
  });

  it('filters actions by district, status, owner, overdue, due dates and time of change', async () => {
    const listed = async (query: string) => ids((await api.get(`/api/v1/actions?${query}`, tokens.full)).body);
    expect(await listed('district=high-peak')).toEqual(['action-04', 'action-05']);
    expect(await listed('status=open,in_progress')).toEqual(['action-02', 'action-04', 'action-05', 'action-06']);
    expect(await listed('owner=person-jo')).toEqual(['action-04', 'action-05']);
    // Overdue from the first London day after the due date: action 6 is due today, so not yet.
    expect(await listed('overdue=true')).toEqual(['action-01', 'action-04']);
    expect(await listed('overdue=false')).toEqual(['action-02', 'action-03', 'action-05', 'action-06']);
    expect(await listed('dueBefore=2026-12-10&dueAfter=2026-11-30')).toEqual(['action-01', 'action-04']);
    expect(await listed('overdue=true&district=erewash')).toEqual(['action-01']);
    const changedAt = new Date('2026-12-08T09:00:00Z');
    const before = await database.stores.actions.findById('action-05');
    if (!before) throw new Error('action-05 is missing');
    await database.stores.actions.saveTransition(before, {
      ...before,
      status: 'acknowledged',
      acknowledgedAt: changedAt,
      history: [
        ...before.history,
        {
          commandId: 'cmd-ack-5',
          transition: 'acknowledge',
          actorId: 'person-jo',
          at: changedAt,
          from: 'open',
          to: 'acknowledged',
        },
      ],
    });
    expect(await listed('updatedSince=2026-12-01T00:00:00Z')).toEqual(['action-05']);
    expect(await listed('updatedSince=2026-12-08T09:00:00.001Z')).toEqual([]);
  });

  it('gives the month’s performance figures of each district it may read', async () => {
    const answer = await api.get('/api/v1/performance?month=2026-12', tokens.full);
    expect(answer.body.month).toBe('2026-12');
    expect(answer.body.districts).toContainEqual({
      districtId: 'erewash',
      due: 3,
      onTime: 0,
      onTimePercent: 0,
      assigned: 0,
      acknowledgedInTime: 0,
      acknowledgedInTimePercent: null,
    });
  });
});

describe('the read API: pages', () => {
  it('walks the plan a page at a time while actions are added and changed between pages: none twice, none passed over', async () => {
    const { stores } = database;
    const existing = (await stores.actions.collection[driver].find({}, { projection: { _id: 1 } }).toArray())
      .map((document) => String(document._id))
      .sort();
    const seen: string[] = [];
    let path = '/api/v1/actions?limit=2';
    for (let page = 0; page < 10; page += 1) {
      const answer = await api.get(path, tokens.full);
      expect(answer.status).toBe(200);
      seen.push(...ids(answer.body));
      if (answer.body.nextCursor === null) break;
      // Between pages: a new action (ids before and after the cursor), and a change to one served and one not yet.
      bot.clock.now = new Date(bot.clock.now.getTime() + 60_000);
      await stores.actions.create(
        anAction({ _id: `action-00-new-${page}`, districtId: 'erewash', createdAt: bot.clock.now }),
      );
      await stores.actions.create(
        anAction({ _id: `action-zz-new-${page}`, districtId: 'erewash', createdAt: bot.clock.now }),
      );
      for (const id of [seen.at(-1) ?? '', existing[seen.length] ?? '']) {
        const before = await stores.actions.findById(id);
        if (!before) throw new Error(`${id} is missing`);
        const note = { note: `Progress between pages ${page}`, byId: before.ownerId, at: bot.clock.now };
        const step = { commandId: `cmd-progress-${id}-${page}`, transition: 'progress', actorId: before.ownerId };
        await stores.actions.saveTransition(before, {
          ...before,
          progress: [...before.progress, note],
          history: [...before.history, { ...step, at: bot.clock.now, from: before.status, to: before.status }],
        });
      }
      path = `/api/v1/actions?limit=2&cursor=${String(answer.body.nextCursor)}`;
    }
    expect(seen).toEqual(existing);
    // The actions added meanwhile are there for the next walk.
    const next = await api.get('/api/v1/actions?limit=500', tokens.full);
    expect(ids(next.body)).toContain('action-zz-new-0');
  });

  it('refuses with 400, changing nothing, a filter that is not of its form: operators, objects, repeats, unknown names', async () => {
    const refused = [
      'status={"$gt":""}',
      `owner=${encodeURIComponent('{"$gt":""}')}`,
      'owner[$gt]=',
      'district[$ne]=erewash',
      `district=${encodeURIComponent('{"$ne":null}')}`,
      'overdue=yes',
      'dueBefore=2026-13-01',
      'updatedSince=yesterday',
      'status=open&status=verified',
      'limit=0',
      'limit=501',
      'cursor=bm90LWEtY3Vyc29y',
      '$where=1',
    ];
    for (const query of refused) {
      const answer = await api.get(`/api/v1/actions?${query}`, tokens.full);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error).toBe('bad_request');
      expect(String(answer.body.message)).toMatch(/^The request was not understood: /);
    }
    expect((await api.get('/api/v1/districts?x=1', tokens.full)).status).toBe(400);
  });
});

describe('the read API: its trail and its pace', () => {
  it('records every request in the audit trail under the client’s name, never its token', async () => {
    await api.get('/api/v1/actions?overdue=true', tokens.erewashOnly);
    await api.get('/api/v1/actions/action-04', tokens.erewashOnly);
    const trail = await database.stores.auditEvents.byActor('api:erewash-tickets');
    expect(trail.map((event) => event.note)).toEqual(
      expect.arrayContaining(['GET /api/v1/actions → 200, 1 records', 'GET /api/v1/actions/action-04 → 403']),
    );
    const unknown = await database.stores.auditEvents.byActor('api:unknown-client');
    expect(unknown.length).toBeGreaterThan(0);
    const everything = JSON.stringify(await database.stores.auditEvents.collection[driver].find({}).toArray());
    for (const token of Object.values(tokens)) expect(everything).not.toContain(token);
  });

  it('answers 429 with Retry-After once a client has made its requests for the minute, and records it', async () => {
    const paced = await startTestBot(database, { API_REQUESTS_PER_MINUTE: '3' }, now);
    try {
      const pacedApi = await apiCaller(paced.baseUrl);
      for (let request = 0; request < 3; request += 1) {
        expect((await pacedApi.get('/api/v1/districts', tokens.full)).status).toBe(200);
      }
      const refused = await pacedApi.get('/api/v1/districts', tokens.full);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      // Another client keeps its own count.
      expect((await pacedApi.get('/api/v1/districts', tokens.erewashOnly)).status).toBe(200);
      const trail = await database.stores.auditEvents.byActor('api:county-dashboard');
      expect(trail.map((event) => event.note)).toContain('GET /api/v1/districts → 429');
    } finally {
      await paced.close();
    }
  });
});
