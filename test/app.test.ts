import { describe, expect, it } from 'vitest';
import { OUTSTANDING_ACTION_STATUSES, type ActionStatus } from '../src/domain/action/status.js';
import { anAction } from './support/fixtures.js';
import { startTestBot } from './support/test-bot.js';
import { useTestDatabase } from './support/test-database.js';

const database = useTestDatabase();

describe('choosing how Slack connects', () => {
  it('over HTTP, serves /slack/events (refusing an unsigned request)', async () => {
    const bot = await startTestBot(database, { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret' });
    try {
      const response = await fetch(`${bot.baseUrl}/slack/events`, {
        method: 'POST',
        body: 'payload=%7B%7D',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(response.status).toBe(401);
    } finally {
      await bot.close();
    }
  });

  it('with Socket Mode, does not serve /slack/events at all: Slack is reached over its own websocket', async () => {
    const bot = await startTestBot(database, {
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SOCKET_MODE: 'true',
      SLACK_APP_TOKEN: 'xapp-test',
    });
    try {
      const response = await fetch(`${bot.baseUrl}/slack/events`, {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status).toBe(404);
    } finally {
      await bot.close();
    }
  });

  it('without Slack settings, does not serve /slack/events', async () => {
    const bot = await startTestBot(database);
    try {
      expect((await fetch(`${bot.baseUrl}/slack/events`, { method: 'POST' })).status).toBe(404);
    } finally {
      await bot.close();
    }
  });
});

describe('starting up', () => {
  it('gives actions stored before short references existed their reference, so they can be named in chat', async () => {
    const older = anAction({ _id: 'action-from-before-references' });
    await database.db.collection('actions').insertOne(older as never);

    const bot = await startTestBot(database);
    try {
      const reference = (await database.stores.actions.findById(older._id))?.reference;
      expect(reference).toMatch(/^A-\d+$/);
      expect((await database.stores.actions.findByReference(reference ?? ''))?._id).toBe(older._id);
    } finally {
      await bot.close();
    }
  });

  it('lists actions stored before their outstanding flag was kept beside them, as outstanding or as done', async () => {
    const open = anAction({ _id: 'action-open-from-before', ownerId: 'person-from-before', status: 'open' });
    const done = anAction({ _id: 'action-done-from-before', ownerId: 'person-from-before', status: 'verified' });
    await database.db.collection('actions').insertMany([open, done] as never[]);

    const bot = await startTestBot(database);
    try {
      const listed = (statuses: readonly ActionStatus[]) =>
        database.stores.actions.searchActions({ ownerId: 'person-from-before', statuses }, { skip: 0, limit: 10 });
      expect((await listed(OUTSTANDING_ACTION_STATUSES)).actions.map((action) => action._id)).toEqual([open._id]);
      expect((await listed(['completed', 'verified'])).actions.map((action) => action._id)).toEqual([done._id]);
    } finally {
      await bot.close();
    }
  });
});
