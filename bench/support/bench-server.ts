import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MongoClient, type Db } from 'mongodb';
import { databaseClientOptions } from '../../src/store/database.js';
import { startEmbeddedServer, type EmbeddedServer } from '../../src/store/embedded-server/embedded-server.js';
import { ensureFerretDbBinary } from '../../src/store/embedded-server/ferretdb-binary.js';
import { createStores, ensureIndexes, type Stores } from '../../src/store/stores.js';
import { readServerEngine, type ServerEngine } from './server-engine.js';

/** The database server every item works on, and what it is, for the results. */
export interface BenchServer {
  readonly uri: string;
  readonly ferretDbBinary: string;
  /** What the server says it is (build info), printed beside every item's figures. */
  readonly engine: ServerEngine;
  /** A fresh database for one item, with every index created as at start-up; dropped by its `drop`. */
  openDatabase(item: string): Promise<BenchDatabase>;
  /**
   * A name for a database that a process under test creates by itself (the bot at start-up); dropped by its
   * `drop`, or by `stop` if the item did not get that far.
   */
  nameDatabase(item: string): { readonly name: string; drop(): Promise<void> };
  /**
   * Stops the embedded server and starts it again on the same port and files, which ends any query still
   * running in it (FerretDB goes on with a query whose client has gone). Clients reconnect by themselves.
   * False when the server is not ours to restart (MONGODB_URI).
   */
  restart(): Promise<boolean>;
  /** Drops every database the run made on a server of MONGODB_URI, or stops the embedded one and removes its files. */
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
 * launcher, on a throw-away data folder, or the server MONGODB_URI names when it is set. Every item works in
 * databases of its own on that one server, which the run drops when it ends, so that a shared server is left as
 * it was found.
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
  const engine = await readServerEngine(client.db('admin'), { tryOut: embedded !== undefined });
  /** The databases this run made and has not dropped yet. */
  const made = new Set<string>();
  const nameDatabase = (item: string) => {
    const name = `bench_${item}_${randomBytes(4).toString('hex')}`;
    made.add(name);
    return {
      name,
      drop: async () => {
        await client.db(name).dropDatabase();
        made.delete(name);
      },
    };
  };
  return {
    uri,
    ferretDbBinary,
    engine,
    nameDatabase,
    openDatabase: async (item) => {
      const { name, drop } = nameDatabase(item);
      const db = client.db(name);
      const stores = createStores(db);
      await ensureIndexes(stores);
      return { name, db, stores, drop };
    },
    restart: async () => {
      if (!embedded || !dataDir) return false;
      const port = embedded.port;
      await embedded.stop();
      embedded = await startEmbeddedServer({ binary: ferretDbBinary, dataDir, port });
      return true;
    },
    stop: async () => {
      // The embedded server's files go with it; a server of MONGODB_URI keeps what is not dropped.
      if (!embedded) for (const name of made) await client.db(name).dropDatabase();
      await client.close();
      await embedded?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
