import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MongoClient, type Db } from 'mongodb';
import { databaseClientOptions } from '../../src/store/database.js';
import { startEmbeddedServer, type EmbeddedServer } from '../../src/store/embedded-server/embedded-server.js';
import { ensureFerretDbBinary } from '../../src/store/embedded-server/ferretdb-binary.js';
import { createStores, ensureIndexes, type Stores } from '../../src/store/stores.js';

/** The database server every item works on, and what it is, for the results. */
export interface BenchServer {
  readonly uri: string;
  readonly ferretDbBinary: string;
  /** "embedded FerretDB v1.24.2 (SQLite)" or "MONGODB_URI". */
  readonly description: string;
  /** A fresh database for one item, with every index created as at start-up; dropped by its `drop`. */
  openDatabase(item: string): Promise<BenchDatabase>;
  /**
   * Stops the embedded server and starts it again on the same port and files, which ends any query still
   * running in it (FerretDB goes on with a query whose client has gone). Clients reconnect by themselves.
   * False when the server is not ours to restart (MONGODB_URI).
   */
  restart(): Promise<boolean>;
  stop(): Promise<void>;
}

export interface BenchDatabase {
  readonly name: string;
  readonly db: Db;
  readonly stores: Stores;
  drop(): Promise<void>;
}

/**
 * Starts one server for the whole run exactly as the tests' global setup does: through the bot's own
 * launcher, on a throw-away data folder, or the server MONGODB_URI names when it is set.
 */
export async function startBenchServer(): Promise<BenchServer> {
  const ferretDbBinary =
    process.env.FERRETDB_BINARY || ensureFerretDbBinary(resolve('.tools'), (message) => console.log(message));
  let embedded: EmbeddedServer | undefined;
  let dataDir: string | undefined;
  let uri = process.env.MONGODB_URI;
  if (!uri) {
    dataDir = mkdtempSync(join(tmpdir(), 'challenge-day-bench-db-'));
    embedded = await startEmbeddedServer({ binary: ferretDbBinary, dataDir });
    uri = embedded.uri;
  }
  const client = new MongoClient(uri, databaseClientOptions);
  await client.connect();
  return {
    uri,
    ferretDbBinary,
    description: embedded ? 'embedded FerretDB v1.24.2 (SQLite backend), started as in the tests' : 'MONGODB_URI',
    openDatabase: async (item) => {
      const name = `bench_${item}_${randomBytes(4).toString('hex')}`;
      const db = client.db(name);
      const stores = createStores(db);
      await ensureIndexes(stores);
      return { name, db, stores, drop: async () => void (await db.dropDatabase()) };
    },
    restart: async () => {
      if (!embedded || !dataDir) return false;
      const port = embedded.port;
      await embedded.stop();
      embedded = await startEmbeddedServer({ binary: ferretDbBinary, dataDir, port });
      return true;
    },
    stop: async () => {
      await client.close();
      await embedded?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
