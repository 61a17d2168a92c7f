/**
 * `npm run import:cases -- <file.csv> --district <name> [--apply]`: a district's open cases from the case
 * system's CSV export (the format is in the README). Without --apply it is a dry run: it prints the cases per
 * team and per type and every refused line with its reasons, and stores nothing. With --apply the rows that
 * are not refused become the district's case list, replacing the one before, audited as made by the import
 * command. It uses the database the bot is configured with (the embedded one by default). Exits with 1 when
 * the file cannot be imported at all.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { caseListPorts, keepCaseList, planCaseListImport } from '../src/case-list-import/case-list-import.js';
import { caseListSummary } from '../src/case-list-import/case-list-summary.js';
import { CASES_IMPORT_COMMAND_ACTOR } from '../src/case-list-import/command-line-actor.js';
import { applyCaseList } from '../src/domain/case-list/apply-case-list.js';
import { findDistrict } from '../src/domain/questions/match-district.js';
import { readFileArgument } from './support/read-file-argument.js';
import { withConfiguredStores } from './support/with-configured-stores.js';

const USAGE =
  'Usage: npm run import:cases -- <file.csv> --district <name> [--apply]   e.g. npm run import:cases -- open-cases.csv --district Chesterfield\n';

const { values, positionals } = parseArgs({
  options: { apply: { type: 'boolean', default: false }, district: { type: 'string' } },
  allowPositionals: true,
});
const districtName = values.district?.trim();
if (positionals.length !== 1 || !districtName) {
  process.stderr.write(USAGE);
  process.exit(2);
}
const { path, text: csvText } = await readFileArgument(positionals[0] ?? '');

await withConfiguredStores(async (stores) => {
  const now = new Date();
  const found = findDistrict(districtName.toLowerCase(), await stores.districts.active());
  const plan =
    found.kind === 'found' ? await planCaseListImport(stores, csvText, { districtId: found.district._id, now }) : null;
  if (!plan) {
    process.stderr.write(`No district is called “${districtName}”. Name one of the county’s districts.\n`);
    process.exitCode = 1;
  } else if (!plan.ok) {
    process.stderr.write(`${path}: ${plan.error.userMessage}\n`);
    process.exitCode = 1;
  } else {
    const summary = { districtName: plan.value.districtName, ignoredColumns: plan.value.ignoredColumns };
    if (!values.apply) process.stdout.write(caseListSummary(plan.value, { ...summary, done: false }));
    else {
      const actor = CASES_IMPORT_COMMAND_ACTOR;
      const pending = await keepCaseList(stores, plan.value, { fileName: basename(path), uploadedBy: actor.id, now });
      const applied = await applyCaseList(caseListPorts(stores), pending._id, {
        actor,
        commandId: `import-cases:${pending._id}`,
        now,
      });
      if (applied.ok) process.stdout.write(caseListSummary(applied.value.list, { ...summary, done: true }));
      else {
        process.stderr.write(`${path}: ${applied.error.userMessage}\n`);
        process.exitCode = 1;
      }
    }
  }
});
