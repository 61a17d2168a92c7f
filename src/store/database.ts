import { join, resolve } from 'node:path';
import { MongoClient, type Db } from 'mongodb';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedServer, type EmbeddedServer } from './embedded-server/embedded-server.js';
import { ensureFerretDbBinary } from './embedded-server/ferretdb-binary.js';

export interface DatabaseSettings {
  /** A MongoDB connection string; when absent, the embedded FerretDB is started. */
  uri?: string;
  databaseName: string;
  dataDir: string;
  /** A FerretDB binary to use instead of building one. */
  ferretDbBinary?: string;
  /** The project folder, where the git-ignored tools folder for the built binary lives. */
  projectDir: string;
}

export interface Database {
  readonly db: Db;
  readonly client: MongoClient;
  readonly embedded: EmbeddedServer | undefined;
  /** True when the database answers a ping now. */
  isAnswering(): Promise<boolean>;
  close(): Promise<void>;
}

/** The database settings a configuration gives, with the project folder the embedded server works in. */
export function databaseSettings(
  config: Pick<Config, 'MONGODB_URI' | 'MONGODB_DATABASE' | 'DATA_DIR' | 'FERRETDB_BINARY'>,
  projectDir: string,
): DatabaseSettings {
  return {
    uri: config.MONGODB_URI,
    databaseName: config.MONGODB_DATABASE,
    dataDir: config.DATA_DIR,
    ferretDbBinary: config.FERRETDB_BINARY,
    projectDir,
  };
}

/**
 * Connects to MongoDB — the configured one, or the embedded FerretDB started here. Server selection is
 * kept short so that, while the database is down, requests fail in seconds with a clear answer rather
 * than hanging past the chat platforms' deadlines; the driver reconnects by itself when it is back.
 */
export async function openDatabase(settings: DatabaseSettings, logger: Logger): Promise<Database> {
  let embedded: EmbeddedServer | undefined;
  let uri = settings.uri;
  if (!uri) {
    const binary =
      settings.ferretDbBinary ??
      ensureFerretDbBinary(join(settings.projectDir, '.tools'), (message) => logger.info(message));
    embedded = await startEmbeddedServer({ binary, dataDir: resolve(settings.projectDir, settings.dataDir) });
    uri = embedded.uri;
    logger.info({ port: embedded.port, dataDir: embedded.dataDir }, 'embedded database started');
  }

  const client = new MongoClient(uri, databaseClientOptions);
  try {
    await client.connect();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const db = client.db(settings.databaseName);
  return {
    db,
    client,
    embedded,
    isAnswering: async () => {
      try {
        await db.command({ ping: 1 }, { timeoutMS: 2_000 });
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      await client.close();
      await embedded?.stop();
    },
  };
}

export const databaseClientOptions = {
  // An optional field left undefined is not stored at all (rather than as null, which the schemas refuse).
  ignoreUndefined: true,
  serverSelectionTimeoutMS: 2_500,
  connectTimeoutMS: 2_500,
  appName: 'challenge-day-bot',
} as const;
