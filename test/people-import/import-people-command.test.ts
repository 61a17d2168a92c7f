import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_DISTRICTS } from '../../src/demo/demo-county.js';
import { driver } from '../../src/store/driver-collection.js';
import { countyPeopleRows, peopleCsv, type PeopleFileCells } from '../support/county-people-file.js';
import { runScript, type ScriptRun } from '../support/run-script.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const folder = mkdtempSync(join(tmpdir(), 'people-import-command-'));

/** Runs `npm run import:people -- …` as the npm script does (tsx), with only the environment given. */
function importPeople(args: string[], env: Record<string, string>): Promise<ScriptRun> {
  return runScript('scripts/import-people.ts', args, env);
}

const onTestDatabase = () => ({ MONGODB_URI: inject('mongoUri'), MONGODB_DATABASE: database.db.databaseName });

function fileOf(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(async () => {
  for (const district of DEMO_DISTRICTS) await database.stores.districts.save(district);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run import:people', () => {
  const rows = countyPeopleRows(30);
  (rows[10] as PeopleFileCells).districts = 'Atlantis'; // line 12
  const staff = fileOf('staff.csv', peopleCsv(rows));

  it('prints the dry run — refused rows with their lines and reasons, who would be added — and changes nothing', async () => {
    const run = await importPeople([staff], onTestDatabase());

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Dry run: nothing has been changed. Run it again with --apply to import the file.\n' +
        '30 rows: 29 to add, 0 to change, 0 unchanged, 1 refused.\n\n' +
        'Refused (would not be imported) (1):\n' +
        '  line 12: Person 10 <person.10@derbyshire.gov.uk> — unknown district “Atlantis”\n\n' +
        'To add (29):\n' +
        '  line 2: Person 0 <manager.0@derbyshire.gov.uk> — District manager · Amber Valley · team Amber Valley, team 0\n',
    );
    expect(run.stdout).toContain(
      '  line 11: Person 9 <person.9@derbyshire.gov.uk> — District or MAT staff · Bolsover · team Bolsover, team 3 · line manager Person 1\n',
    );
    expect(await database.stores.people.collection[driver].countDocuments()).toBe(0);
  });

  it('--apply imports the rows it can, audited as the import command; the same again changes nothing', async () => {
    const applied = await importPeople([staff, '--apply'], onTestDatabase());

    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Imported the file.\n30 rows: 29 added, 0 changed, 0 unchanged, 1 refused.\n');
    expect(await database.stores.people.collection[driver].countDocuments()).toBe(29);
    expect(await database.stores.auditEvents.byActor('system:import-people-command')).toHaveLength(29);

    const again = await importPeople([staff, '--apply'], onTestDatabase());
    expect(again.stdout).toContain('30 rows: 0 added, 0 changed, 29 unchanged, 1 refused.\n');
    expect(await database.stores.auditEvents.byActor('system:import-people-command')).toHaveLength(29);
  });

  it('says what is wrong with a file it cannot import, exits with 1, and changes nothing', async () => {
    const noEmail = fileOf('no-email.csv', 'name,roles,districts,team,line_manager_email\nJo,staff,,,\n');

    const run = await importPeople([noEmail, '--apply'], onTestDatabase());

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `${noEmail}: The file has no ‘email’ column. Its first row must name the columns: name, email, roles, districts, team, line_manager_email (in any order).\n`,
    );
    expect(run.stdout).toBe('');
    expect(await database.stores.people.collection[driver].countDocuments()).toBe(29);
  });

  it('shows how to use it when given no file, and says so when the file cannot be read', async () => {
    expect(await importPeople([], onTestDatabase())).toMatchObject({
      code: 2,
      stderr: 'Usage: npm run import:people -- <file.csv> [--apply]   e.g. npm run import:people -- staff.csv\n',
    });
    const missing = join(folder, 'missing.csv');
    const run = await importPeople([missing], onTestDatabase());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Cannot read ${missing}: ENOENT`);
  });

  it('works on the embedded database when none is configured, as the bot does', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'people-import-embedded-'));
    try {
      const run = await importPeople([staff], {
        MONGODB_URI: '',
        DATA_DIR: dataDir,
        FERRETDB_BINARY: inject('ferretDbBinary'),
      });
      // An empty county: no district is known yet, so every row naming one is refused.
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('30 rows: 0 to add, 0 to change, 0 unchanged, 30 refused.');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
