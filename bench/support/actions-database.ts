import { MongoClient, type Db } from 'mongodb';
import { databaseClientOptions } from '../../src/store/database.js';
import { createStores, type Stores } from '../../src/store/stores.js';
import type { BenchServer } from './bench-server.js';
import { seedCounty, type County } from './county.js';
import { progress } from './progress.js';
import { storeActions } from './stored-actions.js';

/**
 * A county's database whose action plan grows between items (10,000 actions, then 80,000 — 10,000 for each
 * district — then 100,000), so that the items that need many actions share the minute it takes to store them.
 * Its client records the commands it sends when asked, so that a query can be explained as it was sent.
 */
export interface ActionsDatabase {
  readonly name: string;
  readonly client: MongoClient;
  readonly db: Db;
  readonly stores: Stores;
  readonly county: County;
  /** The moment the actions' due dates were spread around; items ask their questions as of it. */
  readonly now: Date;
  readonly stored: () => number;
  growTo(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function openActionsDatabase(server: BenchServer): Promise<ActionsDatabase> {
  const { name, drop } = await server.openDatabase('actions');
  const client = new MongoClient(server.uri, { ...databaseClientOptions, monitorCommands: true });
  await client.connect();
  const db = client.db(name);
  const stores = createStores(db);
  const now = new Date();
  const county = await seedCounty(stores, now);
  let stored = 0;
  return {
    name,
    client,
    db,
    stores,
    county,
    now,
    stored: () => stored,
    growTo: async (count) => {
      if (count <= stored) return;
      progress(`storing actions up to ${count.toLocaleString('en-GB')}`);
      await storeActions(stores, county.districtIds, { from: stored, to: count }, now);
      stored = count;
    },
    close: async () => {
      await drop();
      await client.close();
    },
  };
}
