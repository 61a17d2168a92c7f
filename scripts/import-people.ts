/**
 * `npm run import:people -- <file.csv> [--apply]`: imports the county's people from a CSV file (the format
 * is in the README). Without --apply it is a dry run: it prints who would be added, changed, left alone and
 * refused (with each row's line and reason), and who is registered but not in the file, and changes nothing.
 * With --apply it makes the changes, each audited as made by the import command. It uses the database the bot
 * is configured with (the embedded one by default). Exits with 1 when the file itself cannot be imported.
 */
import { parseArgs } from 'node:util';
import { PEOPLE_IMPORT_COMMAND_ACTOR } from '../src/people-import/command-line-actor.js';
import { applyPeopleImport, planPeopleImport } from '../src/people-import/people-import.js';
import { peopleImportSummary } from '../src/people-import/people-import-summary.js';
import { readFileArgument } from './support/read-file-argument.js';
import { withConfiguredStores } from './support/with-configured-stores.js';

const USAGE = 'Usage: npm run import:people -- <file.csv> [--apply]   e.g. npm run import:people -- staff.csv\n';

const { values, positionals } = parseArgs({
  options: { apply: { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (positionals.length !== 1) {
  process.stderr.write(USAGE);
  process.exit(2);
}
const { path, text: csvText } = await readFileArgument(positionals[0] ?? '');

await withConfiguredStores(async (stores) => {
  const outcome = values.apply
    ? await applyPeopleImport(stores, csvText, PEOPLE_IMPORT_COMMAND_ACTOR)
    : await planPeopleImport(stores, csvText, PEOPLE_IMPORT_COMMAND_ACTOR);
  if (outcome.ok) process.stdout.write(peopleImportSummary(outcome.value, values.apply));
  else {
    process.stderr.write(`${path}: ${outcome.error.userMessage}\n`);
    process.exitCode = 1;
  }
});
