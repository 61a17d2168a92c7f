import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useTestDatabase } from '../support/test-database.js';
import { aDistrict } from '../support/fixtures.js';

const database = useTestDatabase();

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run api:webhook -- …` as the npm script does (tsx), on the test file's database. */
function apiWebhook(...args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('scripts/api-webhook.ts'), ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      MONGODB_URI: inject('mongoUri'),
      MONGODB_DATABASE: database.db.databaseName,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((done) => child.once('close', (code) => done({ code, stdout, stderr })));
}

beforeAll(async () => {
  await database.stores.districts.save(aDistrict({ _id: 'erewash', name: 'Erewash' }));
  await database.stores.districts.save(aDistrict({ _id: 'high-peak', name: 'High Peak' }));
});

describe('npm run api:webhook', () => {
  it('add prints the signing secret once; list shows the webhook without it; disable and remove are audited', async () => {
    const added = await apiWebhook(
      'add',
      'https://dash.example.org/hooks?key=theirs',
      '--events',
      'action.completed,safeguarding.raised',
      '--districts',
      'Erewash;High Peak',
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const id = /^Webhook (webhook-[0-9a-f-]+) added: https:\/\/dash\.example\.org\/hooks\n/.exec(added.stdout)?.[1];
    const secret = /\n(whsec_[A-Za-z0-9+/]{43}=)\n$/.exec(added.stdout)?.[1];
    expect(id).toBeDefined();
    expect(secret).toBeDefined();

    const listed = await apiWebhook('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe(
      `${id}  active\n` +
        '  https://dash.example.org/hooks\n' +
        '  events: action.completed, safeguarding.raised\n' +
        '  districts: Erewash; High Peak\n',
    );
    expect(listed.stdout).not.toContain('whsec_');

    const disabled = await apiWebhook('disable', id!);
    expect(disabled).toMatchObject({ code: 0, stdout: `Webhook ${id} is disabled: nothing more is sent to it.\n` });
    expect((await apiWebhook('list')).stdout).toContain(`${id}  disabled (disabled from the command line)\n`);

    const removed = await apiWebhook('remove', id!);
    expect(removed).toMatchObject({ code: 0, stdout: `Webhook ${id} removed: nothing more is sent to it.\n` });
    expect((await apiWebhook('list')).stdout).toBe('No webhooks.\n');

    const trail = await database.stores.auditEvents.trailFor('webhook_subscription', id!);
    expect(trail.map((event) => [event.transition, event.actorId, event.before, event.after])).toEqual([
      ['add', 'system:webhook-command', 'none', 'active'],
      ['disable', 'system:webhook-command', 'active', 'disabled'],
      ['remove', 'system:webhook-command', 'disabled', 'removed'],
    ]);
    // The trail names the receiver and what it hears of, never the secret or the query string.
    for (const event of trail) {
      expect(event.note).toContain('https://dash.example.org/hooks events action.completed,safeguarding.raised');
      expect(event.note).not.toContain(secret);
      expect(event.note).not.toContain('key=theirs');
    }
  }, 60_000);

  it('refuses a plain-http address off this machine, an unknown event, and an unknown id, changing nothing', async () => {
    const http = await apiWebhook(
      'add',
      'http://dash.example.org/hooks',
      '--events',
      'action.completed',
      '--districts',
      'all',
    );
    expect(http).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'A webhook address must start with https:// (plain http only to this machine).\n',
    });
    const unknown = await apiWebhook('add', 'https://x.example/h', '--events', 'action.deleted', '--districts', 'all');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Unknown event action.deleted.');
    const noSuch = await apiWebhook('remove', 'webhook-nope');
    expect(noSuch).toMatchObject({
      code: 1,
      stderr: 'There is no webhook webhook-nope: `npm run api:webhook -- list` shows their ids.\n',
    });
    expect(await database.stores.webhookSubscriptions.all()).toEqual([]);
    const usage = await apiWebhook('add', 'https://x.example/h');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage:');
  }, 60_000);
});
