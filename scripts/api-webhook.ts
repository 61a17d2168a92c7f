/**
 * `npm run api:webhook -- add|list|disable|remove …`: manages the systems that hear of events by webhook
 * (the README's "Webhooks" section). It uses the database the bot is configured with; every change is audited
 * as made by the webhook command.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import { readConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { databaseSettings, openDatabase } from '../src/store/database.js';
import { createStores, ensureIndexes } from '../src/store/stores.js';
import { runWebhookCommand } from '../src/webhooks/webhook-command.js';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
dotenv.config({ path: resolve(projectDir, '.env'), quiet: true });
const config = readConfig(process.env);
const database = await openDatabase(databaseSettings(config, projectDir), createLogger('warn'));
try {
  const stores = createStores(database.db);
  await ensureIndexes(stores);
  const result = await runWebhookCommand(stores, process.argv.slice(2), new Date());
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
} finally {
  await database.close();
}
