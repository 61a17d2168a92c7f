import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashApiToken } from '../../src/domain/api-access/api-token.js';
import { driver } from '../../src/store/driver-collection.js';
import { aDistrict } from '../support/fixtures.js';
import { startTestBot, type RunningTestBot } from '../support/test-bot.js';
import { runScript, type ScriptRun } from '../support/run-script.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
let bot: RunningTestBot;

/** Runs `npm run api:client -- …` on the test database. */
function apiClientCommand(args: string[]): Promise<ScriptRun> {
  const env = { MONGODB_URI: inject('mongoUri'), MONGODB_DATABASE: database.db.databaseName };
  return runScript('scripts/api-client.ts', args, env);
}

const districtsOf = (token: string) =>
  fetch(`${bot.baseUrl}/api/v1/districts`, { headers: { authorization: `Bearer ${token}` } });

beforeAll(async () => {
  await database.stores.districts.save(aDistrict({ _id: 'erewash', name: 'Erewash', aliases: [] }));
  await database.stores.districts.save(aDistrict({ _id: 'high-peak', name: 'High Peak', aliases: ['HP'] }));
  await database.stores.districts.save(aDistrict({ _id: 'bolsover', name: 'Bolsover', aliases: [] }));
  bot = await startTestBot(database);
});
afterAll(() => bot?.close());

describe('npm run api:client', () => {
  let token = '';

  it('add prints the token once, keeps only its hash, audits the addition, and the token reads its districts', async () => {
    const run = await apiClientCommand([
      'add',
      'powerbi-erewash',
      '--districts',
      'Erewash;High Peak',
      '--scopes',
      'read:actions,read:districts',
    ]);

    expect(run.code).toBe(0);
    token = /^(cdb_[A-Za-z0-9_-]{43})$/m.exec(run.stdout)?.[1] ?? '';
    expect(run.stdout).toBe(
      `Added powerbi-erewash. Its token, shown this once (only its hash is kept):\n\n${token}\n\n` +
        'Send it as "Authorization: Bearer <token>". Lost? Revoke the client and add another.\n',
    );
    const stored = await database.stores.apiClients.collection[driver].find({}).toArray();
    expect(stored).toEqual([
      expect.objectContaining({
        _id: 'powerbi-erewash',
        tokenHash: hashApiToken(token),
        districts: ['erewash', 'high-peak'],
        scopes: ['read:actions', 'read:districts'],
      }),
    ]);
    expect(JSON.stringify(stored)).not.toContain(token);
    const trail = await database.stores.auditEvents.byActor('system:api-client-command');
    expect(
      trail.map(({ entityKind, entityId, transition, note }) => ({ entityKind, entityId, transition, note })),
    ).toEqual([
      {
        entityKind: 'api_client',
        entityId: 'powerbi-erewash',
        transition: 'add',
        note: 'districts erewash, high-peak; scopes read:actions, read:districts',
      },
    ]);

    const answer = await districtsOf(token);
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { data: { id: string }[] };
    expect(body.data.map((district) => district.id)).toEqual(['erewash', 'high-peak']);
  });

  it('list shows each client’s districts, scopes and state, never a token or its hash', async () => {
    const run = await apiClientCommand(['list']);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^powerbi-erewash — Erewash; High Peak — read:actions, read:districts — added \S+ — active\n$/,
    );
    expect(run.stdout).not.toContain(hashApiToken(token));
  });

  it('refuses a name taken, an unknown district, an unknown scope and a name with spaces, adding nothing', async () => {
    const refusals: [string[], string][] = [
      [
        ['add', 'powerbi-erewash', '--districts', 'all', '--scopes', 'read:actions'],
        'There is already a client named “powerbi-erewash” (perhaps revoked). Choose another name.\n',
      ],
      [
        ['add', 'tickets', '--districts', 'Atlantis', '--scopes', 'read:actions'],
        'There is no district “Atlantis”. The districts are: Bolsover, Erewash, High Peak.\n',
      ],
      [
        ['add', 'tickets', '--districts', 'all', '--scopes', 'write:actions'],
        '--scopes takes one or more of: read:challenge-days, read:reports, read:actions, read:districts, read:performance, read:themes (separated by commas).\n',
      ],
      [
        ['add', 'power bi', '--districts', 'all', '--scopes', 'read:actions'],
        '“power bi”: a client name is letters, digits, and . _ - (no spaces).\n',
      ],
    ];
    for (const [args, message] of refusals) {
      const run = await apiClientCommand(args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr).toBe(message);
    }
    expect(await database.stores.apiClients.collection[driver].countDocuments()).toBe(1);
    expect((await apiClientCommand(['add', 'tickets'])).code).toBe(2);
  });

  it('revoke stops the token at once (401), is audited, and a second revoke says it was revoked already', async () => {
    const run = await apiClientCommand(['revoke', 'powerbi-erewash']);

    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Revoked powerbi-erewash: its token no longer works.\n');
    expect((await districtsOf(token)).status).toBe(401);
    const trail = await database.stores.auditEvents.byActor('system:api-client-command');
    expect(trail.map((event) => event.transition)).toEqual(['add', 'revoke']);
    expect((await apiClientCommand(['list'])).stdout).toMatch(/ — revoked \S+\n$/);

    const again = await apiClientCommand(['revoke', 'powerbi-erewash']);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('The client “powerbi-erewash” was revoked already.\n');
    expect((await apiClientCommand(['revoke', 'nobody'])).stderr).toBe('There is no client named “nobody”.\n');
  });

  it('add accepts the read:themes scope, and its token reads the themes and nothing else', async () => {
    const run = await apiClientCommand(['add', 'themes-board', '--districts', 'all', '--scopes', 'read:themes']);

    expect(run.code).toBe(0);
    const themesToken = /^(cdb_[A-Za-z0-9_-]{43})$/m.exec(run.stdout)?.[1] ?? '';
    const get = (path: string) =>
      fetch(`${bot.baseUrl}${path}`, { headers: { authorization: `Bearer ${themesToken}` } });
    expect((await get('/api/v1/themes')).status).toBe(200);
    expect((await get('/api/v1/themes/counts')).status).toBe(200);
    expect((await get('/api/v1/districts')).status).toBe(403);
  });
});
