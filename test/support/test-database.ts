import { randomBytes } from 'node:crypto';
import { MongoClient, type Db } from 'mongodb';
import { afterAll, beforeAll, inject } from 'vitest';
import { databaseClientOptions } from '../../src/store/database.js';
import { createStores, ensureIndexes, type Stores } from '../../src/store/stores.js';

export interface TestDatabase {
  readonly db: Db;
  readonly stores: Stores;
  readonly client: MongoClient;
}

/**
 * Gives a test file a database of its own on the shared server (with every index created, as at
 * start-up) and drops it when the file is done.
 */
export function useTestDatabase(): TestDatabase {
  const handle = {} as { db: Db; stores: Stores; client: MongoClient };
  beforeAll(async () => {
    // Command monitoring on, so a test can count what the bot sends (e.g. reads per district).
    handle.client = new MongoClient(inject('mongoUri'), { ...databaseClientOptions, monitorCommands: true });
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
  };
}
