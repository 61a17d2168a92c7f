import { randomBytes } from 'node:crypto';
import { MongoClient, type CommandStartedEvent, type Db } from 'mongodb';
import { afterAll, beforeAll, inject } from 'vitest';
import { databaseClientOptions } from '../../src/store/database.js';
import { createStores, ensureIndexes, type Stores } from '../../src/store/stores.js';

/** One command the bot's client sent to the database: its name and the collection it named. */
export interface SentCommand {
  readonly name: string;
  readonly collection: string;
}

export interface TestDatabase {
  readonly db: Db;
  readonly stores: Stores;
  readonly client: MongoClient;
  /**
   * The commands sent through this client since the last call (the driver's command monitoring), and
   * forgets them: what one request to the bot cost in round trips.
   */
  takeCommands(): SentCommand[];
}

/**
 * Gives a test file a database of its own on the shared server (with every index created, as at
 * start-up) and drops it when the file is done. Every command sent through its client is recorded.
 */
export function useTestDatabase(): TestDatabase {
  const handle = {} as { db: Db; stores: Stores; client: MongoClient };
  let sent: SentCommand[] = [];
  beforeAll(async () => {
    // Command monitoring on, so a test can count what the bot sends (reads per district, commands per submission).
    handle.client = new MongoClient(inject('mongoUri'), { ...databaseClientOptions, monitorCommands: true });
    handle.client.on('commandStarted', (event) => sent.push(sentCommand(event)));
    await handle.client.connect();
    handle.db = handle.client.db(`test_${randomBytes(6).toString('hex')}`);
    handle.stores = createStores(handle.db);
    await ensureIndexes(handle.stores);
  });
  afterAll(async () => {
    await handle.db?.dropDatabase();
    await handle.client?.close();
  });
  return {
    get db() {
      return handle.db;
    },
    get stores() {
      return handle.stores;
    },
    get client() {
      return handle.client;
    },
    takeCommands() {
      const taken = sent;
      sent = [];
      return taken;
    },
  };
}

function sentCommand(event: CommandStartedEvent): SentCommand {
  const named: unknown = event.command[event.commandName];
  return { name: event.commandName, collection: typeof named === 'string' ? named : '' };
}
