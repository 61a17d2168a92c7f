/**
 * `npm run export:person -- <person id> [--out <folder>]`: answers a subject access request. Writes every
 * record that names the person, as JSON and as one self-contained HTML page, into the folder (default
 * `exports/`, git-ignored). It reads the database the bot is configured with, and changes nothing.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { readConfig } from '../src/config.js';
import { entityId } from '../src/domain/shared/fields.js';
import { createLogger } from '../src/logger.js';
import { databaseSettings, openDatabase } from '../src/store/database.js';
import { recordsNamingPerson } from '../src/store/records-naming-person.js';
import { createStores } from '../src/store/stores.js';
import { writePersonExport } from '../src/subject-access/write-person-export.js';

const USAGE =
  'Usage: npm run export:person -- <person id> [--out <folder>]   e.g. npm run export:person -- person-mia\n';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  options: { out: { type: 'string', default: 'exports' } },
  allowPositionals: true,
});
const personId = positionals[0] ?? '';
if (positionals.length !== 1 || !entityId.safeParse(personId).success) {
  process.stderr.write(USAGE);
  process.exit(1);
}

dotenv.config({ path: resolve(projectDir, '.env'), quiet: true });
const config = readConfig(process.env);
const database = await openDatabase(databaseSettings(config, projectDir), createLogger('warn'));
try {
  const records = await recordsNamingPerson(createStores(database.db), personId);
  const written = await writePersonExport(records, resolve(values.out), new Date());
  const count = Object.values(records).reduce((sum, value) => sum + (Array.isArray(value) ? value.length : 0), 0);
  if (records.people.length === 0) {
    process.stderr.write(
      `Nobody with the id ${personId} is registered; records that still name the id are exported.\n`,
    );
  }
  process.stdout.write(`${count} records name ${personId}.\nWritten:\n  ${written.json}\n  ${written.html}\n`);
} finally {
  await database.close();
}
