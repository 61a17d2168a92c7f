import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DISTRICTS } from '../../src/demo/demo-county.js';
import { PEOPLE_IMPORT_COMMAND_ACTOR } from '../../src/people-import/command-line-actor.js';
import { applyPeopleImport, planPeopleImport } from '../../src/people-import/people-import.js';
import { driver } from '../../src/store/driver-collection.js';
import { countyPeopleRows, peopleCsv, type PeopleFileCells } from '../support/county-people-file.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-12-07T10:00:00Z');
const later = new Date('2026-12-08T10:00:00Z');
const actor = PEOPLE_IMPORT_COMMAND_ACTOR;

/** A county of 1,000 with five bad rows, at lines 101, 201, 301, 401 and 501. */
function countyWithFiveBadRows(): PeopleFileCells[] {
  const rows = countyPeopleRows(1000);
  const at = (line: number) => rows[line - 2] as PeopleFileCells;
  at(101).districts = 'Chesterfeld';
  at(201).roles = 'staff; boss';
  at(301).email = 'Person.50@Derbyshire.gov.uk'; // the same as line 52's
  at(401).name = '';
  at(501).line_manager_email = 'nobody@derbyshire.gov.uk';
  return rows;
}

const peopleCount = () => database.stores.people.collection[driver].countDocuments();
const auditCount = () => database.stores.auditEvents.collection[driver].countDocuments({ entityKind: 'person' });

beforeAll(async () => {
  for (const district of DEMO_DISTRICTS) await database.stores.districts.save(district);
});

describe('importing a county’s people from a file', () => {
  const rows = countyWithFiveBadRows();
  const csv = peopleCsv(rows);

  it('dry run: lists exactly the five bad rows with their reasons, would add the rest, and writes nothing', async () => {
    const plan = await planPeopleImport(database.stores, csv, actor, { now });
    if (!plan.ok) throw plan.error;

    expect(plan.value.refused.map((row) => [row.line, row.reasons])).toEqual([
      [101, ['unknown district “Chesterfeld”']],
      [201, [expect.stringMatching(/^unknown role “boss”/)]],
      [301, ['the email person.50@derbyshire.gov.uk is on line 52 already']],
      [401, ['the name is missing']],
      [501, ['line manager not found: nobody registered or in the file has the email nobody@derbyshire.gov.uk']],
    ]);
    expect(plan.value.counts).toEqual({ rows: 1000, toAdd: 995, toChange: 0, unchanged: 0, refused: 5, notInFile: 0 });
    expect(plan.value.toAdd.find((person) => person.line === 12)).toMatchObject({
      name: 'Person 10',
      roles: ['Auditor', 'District or MAT staff'],
      districts: ['Chesterfield'],
      team: 'Chesterfield, team 4',
      lineManager: 'Person 2',
    });
    expect(await peopleCount()).toBe(0);
    expect(await auditCount()).toBe(0);
  });

  it(
    'apply: imports the 995 good rows, each audited as made by the import, with its line',
    { timeout: 120_000 },
    async () => {
      const result = await applyPeopleImport(database.stores, csv, actor, { now });
      if (!result.ok) throw result.error;

      expect(result.value.counts).toMatchObject({ toAdd: 995, refused: 5 });
      expect(await peopleCount()).toBe(995);
      const events = await database.stores.auditEvents.byActor(actor.id);
      expect(events).toHaveLength(995);
      expect(await auditCount()).toBe(995);
      const person10 = await database.stores.people.findByEmail('person.10@derbyshire.gov.uk');
      const manager = await database.stores.people.findByEmail('manager.2@derbyshire.gov.uk');
      expect(person10).toMatchObject({
        displayName: 'Person 10',
        roles: ['auditor', 'staff'],
        districtIds: ['chesterfield'],
        teamName: 'Chesterfield, team 4',
        managerId: manager?._id,
        identities: {},
      });
      const trail = await database.stores.auditEvents.trailFor('person', person10?._id ?? '');
      expect(trail).toMatchObject([{ transition: 'add', actorId: 'system:import-people-command', at: now }]);
      expect(trail[0]?.note).toMatch(/^Imported from a people file, line 12\.\n/);
      expect(await database.stores.people.findByEmail('person.99@derbyshire.gov.uk')).toBeNull(); // line 101
    },
  );

  it('the same file again changes nothing and audits nothing', async () => {
    const result = await applyPeopleImport(database.stores, csv, actor, { now: later });
    if (!result.ok) throw result.error;

    expect(result.value.counts).toEqual({
      rows: 1000,
      toAdd: 0,
      toChange: 0,
      unchanged: 995,
      refused: 5,
      notInFile: 0,
    });
    expect(await peopleCount()).toBe(995);
    expect(await auditCount()).toBe(995);
  });

  it('a file with one changed role changes that person only, audited with the old and new roles', async () => {
    const before = await database.stores.people.all();
    const changed = countyWithFiveBadRows();
    (changed[20] as PeopleFileCells).roles = 'Staff;QA manager'; // line 22: Person 20

    const result = await applyPeopleImport(database.stores, peopleCsv(changed), actor, { now: later });
    if (!result.ok) throw result.error;

    expect(result.value.toChange).toMatchObject([
      {
        line: 22,
        name: 'Person 20',
        changes: [{ field: 'roles', from: 'Auditor; District or MAT staff', to: 'QA manager; District or MAT staff' }],
      },
    ]);
    expect(result.value.counts).toMatchObject({ toAdd: 0, toChange: 1, unchanged: 994 });
    const after = await database.stores.people.all();
    const differing = after.filter(
      (person) => JSON.stringify(person) !== JSON.stringify(before.find((was) => was._id === person._id)),
    );
    expect(differing.map((person) => [person.displayName, person.roles])).toEqual([
      ['Person 20', ['qa_manager', 'staff']],
    ]);
    expect(await auditCount()).toBe(996);
    const trail = await database.stores.auditEvents.trailFor('person', differing[0]?._id ?? '');
    expect(trail.at(-1)).toMatchObject({ transition: 'change', actorId: actor.id, at: later });
    expect(trail.at(-1)?.note).toBe('Imported from a people file, line 22.\nroles: auditor, staff → qa_manager, staff');
  });

  it('lists the registered people a file leaves out, and removes nobody', async () => {
    const first = countyPeopleRows(99); // lines 2 to 100, as they are registered now
    (first[20] as PeopleFileCells).roles = 'Staff;QA manager';
    const plan = await applyPeopleImport(database.stores, peopleCsv(first), actor, { now: later });
    if (!plan.ok) throw plan.error;

    expect(plan.value.counts).toEqual({ rows: 99, toAdd: 0, toChange: 0, unchanged: 99, refused: 0, notInFile: 896 });
    expect(plan.value.notInFile).toContainEqual({
      personId: expect.any(String),
      name: 'Person 100',
      email: 'person.100@derbyshire.gov.uk',
    });
    expect(await peopleCount()).toBe(995);
  });

  it('refuses a file without an email column as a whole, and writes nothing', async () => {
    const result = await applyPeopleImport(
      database.stores,
      'name,roles,districts,team,line_manager_email\nA,staff,,,\n',
      actor,
    );
    expect(!result.ok && result.error.userMessage).toBe(
      'The file has no ‘email’ column. Its first row must name the columns: name, email, roles, districts, team, line_manager_email (in any order).',
    );
    expect(await peopleCount()).toBe(995);
    expect(await auditCount()).toBe(996);
  });
});
