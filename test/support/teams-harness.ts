import { afterAll, beforeAll } from 'vitest';
import { FakeBotConnector } from '../fakes/bot-connector.js';
import type { Person } from '../../src/domain/people/person.js';
import { startTestBot, type RunningTestBot } from './test-bot.js';
import type { TestDatabase } from './test-database.js';

export interface TeamsHarness {
  readonly connector: FakeBotConnector;
  readonly running: RunningTestBot;
  readonly serviceUrl: string;
}

/**
 * For a Teams test file: the Bot Connector fake on loopback, the whole bot on the test database, and the
 * people and districts the file needs, saved before its tests run.
 */
export function useTeamsBot(
  database: TestDatabase,
  options: { env?: Record<string, string>; now?: Date; seed?: () => Promise<unknown>; people?: Person[] } = {},
): TeamsHarness {
  const connector = new FakeBotConnector();
  let running: RunningTestBot | undefined;
  beforeAll(async () => {
    await connector.start();
    running = await startTestBot(database, options.env, options.now);
    for (const person of options.people ?? []) await database.stores.people.save(person);
    await options.seed?.();
  });
  afterAll(async () => {
    await running?.close();
    await connector.stop();
  });
  return {
    connector,
    get running() {
      if (!running) throw new Error('the bot is not running yet');
      return running;
    },
    get serviceUrl() {
      return connector.serviceUrl;
    },
  };
}
