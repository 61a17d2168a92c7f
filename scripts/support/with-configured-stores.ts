import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import { readConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { databaseSettings, openDatabase } from '../../src/store/database.js';
import { createStores, ensureIndexes, type Stores } from '../../src/store/stores.js';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Runs a command-line import against the database the bot is configured with (.env and the environment; the
 * embedded one by default), its indexes ensured, and closes it afterwards whatever happens.
 */
export async function withConfiguredStores(run: (stores: Stores) => Promise<void>): Promise<void> {
  dotenv.config({ path: resolve(projectDir, '.env'), quiet: true });
  const config = readConfig(process.env);
  const database = await openDatabase(databaseSettings(config, projectDir), createLogger('warn'));
  try {
    const stores = createStores(database.db);
    await ensureIndexes(stores); // e.g. the email index keeps two records from sharing an email
    await run(stores);
  } finally {
    await database.close();
  }
}
