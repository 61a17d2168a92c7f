import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { driver } from '../../src/store/driver-collection.js';
import {
  BAD_LINES,
  CASE_FILE_DISTRICTS,
  CHESTERFIELD_TEAMS,
  GOOD_ROWS,
  IDENTIFYING_TEXT,
  chesterfieldCaseExport,
} from '../support/case-files.js';
import { runScript, type ScriptRun } from '../support/run-script.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const folder = mkdtempSync(join(tmpdir(), 'case-import-command-'));
const exportFile = join(folder, 'open-cases.csv');

/** Runs `npm run import:cases -- …` as the npm script does (tsx), against the test database. */
function importCases(args: string[]): Promise<ScriptRun> {
  return runScript('scripts/import-cases.ts', args, {
    MONGODB_URI: inject('mongoUri'),
    MONGODB_DATABASE: database.db.databaseName,
  });
}

beforeAll(async () => {
  for (const district of CASE_FILE_DISTRICTS) await database.stores.districts.save(district);
  for (const team of CHESTERFIELD_TEAMS) await database.stores.teams.save(team);
  writeFileSync(exportFile, chesterfieldCaseExport());
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run import:cases', () => {
  it('prints the dry run — counts by team and type, each refused line with its reasons — and stores nothing', async () => {
    const run = await importCases([exportFile, '--district', 'Chesterfield']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Dry run for Chesterfield: nothing has been stored. Run it again with --apply to store the list.\n' +
        `2,000 rows: ${GOOD_ROWS.toLocaleString('en-GB')} cases to store, 11 lines refused.\n` +
        'Columns not read (still checked for a child’s details): Notes.\n' +
        'By team: Chesterfield CIN 2 498, Chesterfield CLA 496, Chesterfield CP 1 499, Chesterfield MAT North 496.\n' +
        'By case type: CIN 499, CP 497, CLA 496, care leaver 497.\n',
    );
    for (const [line, reason] of BAD_LINES) expect(run.stdout).toContain(`  line ${line}: ${reason}`);
    for (const text of IDENTIFYING_TEXT) expect(run.stdout).not.toContain(text);
    expect(await database.stores.caseLists.collection[driver].countDocuments()).toBe(0);
  });

  it('--apply stores the good rows as the district’s case list, audited as the import command', async () => {
    const run = await importCases([exportFile, '--district', 'chesterfield', '--apply']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Stored as Chesterfield’s case list, replacing any list before it.\n');
    const current = await database.stores.caseLists.currentFor('chesterfield');
    expect(current?.cases).toHaveLength(GOOD_ROWS);
    expect(await database.stores.auditEvents.trailFor('case_list', current!._id)).toEqual([
      expect.objectContaining({
        transition: 'apply',
        actorId: 'system:import-cases-command',
        districtId: 'chesterfield',
      }),
    ]);
  });

  it('refuses an unknown district and a file without a column, storing nothing', async () => {
    const before = await database.stores.caseLists.collection[driver].countDocuments();
    const nowhere = await importCases([exportFile, '--district', 'Atlantis']);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain('No district is called “Atlantis”');

    const noTypes = join(folder, 'no-types.csv');
    writeFileSync(noTypes, 'Case reference,Team,Worker,Opened\nCR-1,Chesterfield CP 1,W-1,2024-01-01\n');
    const missing = await importCases([noTypes, '--district', 'Chesterfield']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('The file has no ‘case type’ column.');
    expect(await database.stores.caseLists.collection[driver].countDocuments()).toBe(before);

    const usage = await importCases([exportFile]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run import:cases -- <file.csv> --district <name> [--apply]');
  });
});
