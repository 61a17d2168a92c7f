/**
 * `npm run demo`: replaces the contents of the bot's database with the demo county (see src/demo), so a
 * person trying the bot sees a whole Challenge Day cycle at once. Run it before `npm start` (both use the
 * embedded database folder). It refuses to touch a database given by MONGODB_URI unless told
 * `npm run demo -- --yes`, and never runs with NODE_ENV=production.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import { readConfig } from '../src/config.js';
import { seedDemo } from '../src/demo/seed-demo.js';
import { createLogger } from '../src/logger.js';
import { databaseSettings, openDatabase } from '../src/store/database.js';
import { createStores, ensureIndexes } from '../src/store/stores.js';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
dotenv.config({ path: resolve(projectDir, '.env'), quiet: true });
const config = readConfig(process.env);
if (config.NODE_ENV === 'production') {
  process.stderr.write('The demo data is for trying the bot; it is never loaded with NODE_ENV=production.\n');
  process.exit(1);
}
if (config.MONGODB_URI && !process.argv.includes('--yes')) {
  process.stderr.write(
    `MONGODB_URI is set: loading the demo would replace everything in the "${config.MONGODB_DATABASE}" database there.\n` +
      'Run `npm run demo -- --yes` if that is what you want.\n',
  );
  process.exit(1);
}

const logger = createLogger('warn');
const database = await openDatabase(databaseSettings(config, projectDir), logger);
try {
  await database.db.dropDatabase();
  const stores = createStores(database.db);
  await ensureIndexes(stores);
  const seeded = await seedDemo(stores, new Date());
  process.stdout.write(
    `Loaded the demo county: ${seeded.districts} districts, ${seeded.people} people (imported from examples/demo-county-people.csv), ${seeded.days} Challenge Days and ${seeded.actions} actions.\n` +
      'Start the bot with `npm start` and `npm run playground` to try it as Priya Patel, the QA manager\n' +
      '(`npm run playground -- --as "Martin Cole"` to be another demo person).\n',
  );
} finally {
  await database.close();
}
