/**
 * `npm run import:people -- <file.csv> [--apply]`: imports the county's people from a CSV file (the format
 * is in the README). Without --apply it is a dry run: it prints who would be added, changed, left alone and
 * refused (with each row's line and reason), and who is registered but not in the file, and changes nothing.
 * With --apply it makes the changes, each audited as made by the import command. It uses the database the bot
 * is configured with (the embedded one by default). Exits with 1 when the file itself cannot be imported.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { readConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { PEOPLE_IMPORT_COMMAND_ACTOR } from '../src/people-import/command-line-actor.js';
import { applyPeopleImport, planPeopleImport } from '../src/people-import/people-import.js';
import { peopleImportSummary } from '../src/people-import/people-import-summary.js';
import { databaseSettings, openDatabase } from '../src/store/database.js';
import { createStores, ensureIndexes } from '../src/store/stores.js';

const USAGE = 'Usage: npm run import:people -- <file.csv> [--apply]   e.g. npm run import:people -- staff.csv\n';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  options: { apply: { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (positionals.length !== 1) {
  process.stderr.write(USAGE);
  process.exit(2);
}
const path = resolve(positionals[0] ?? '');
let csvText: string;
try {
  csvText = await readFile(path, 'utf8');
} catch (error) {
  process.stderr.write(`Cannot read ${path}: ${(error as Error).message}\n`);
  process.exit(1);
}

dotenv.config({ path: resolve(projectDir, '.env'), quiet: true });
const config = readConfig(process.env);
const database = await openDatabase(databaseSettings(config, projectDir), createLogger('warn'));
try {
  const stores = createStores(database.db);
  await ensureIndexes(stores); // the email index keeps two records from sharing an email
  const outcome = values.apply
    ? await applyPeopleImport(stores, csvText, PEOPLE_IMPORT_COMMAND_ACTOR)
    : await planPeopleImport(stores, csvText, PEOPLE_IMPORT_COMMAND_ACTOR);
  if (outcome.ok) process.stdout.write(peopleImportSummary(outcome.value, values.apply));
  else {
    process.stderr.write(`${path}: ${outcome.error.userMessage}\n`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
