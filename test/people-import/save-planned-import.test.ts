import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DISTRICTS } from '../../src/demo/demo-county.js';
import { actorFor } from '../../src/domain/people/actor.js';
import { addPerson } from '../../src/domain/people/manage-person.js';
import { PEOPLE_IMPORT_COMMAND_ACTOR } from '../../src/people-import/command-line-actor.js';
import { planAgainstRegister, savePlannedImport } from '../../src/people-import/people-import.js';
import { driver } from '../../src/store/driver-collection.js';
import { savePersonChange } from '../../src/store/person-changes.js';
import { aPerson } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-12-07T10:00:00Z');

beforeAll(async () => {
  for (const district of DEMO_DISTRICTS) await database.stores.districts.save(district);
});

describe('an import whose email is taken between the dry run and the saving', () => {
  it('refuses that row and the rows of the people it manages, and imports the rest', async () => {
    const csv = [
      'name,email,roles,districts,team,line_manager_email',
      'Helen Ward,helen@x.gov.uk,District manager,Chesterfield,,',
      'Jo Bennett,jo@x.gov.uk,staff,Chesterfield,,helen@x.gov.uk',
      'Mia Clarke,mia@x.gov.uk,staff,High Peak,,',
    ].join('\n');
    const planned = await planAgainstRegister(database.stores, csv, PEOPLE_IMPORT_COMMAND_ACTOR, { now });
    if (!planned.ok) throw planned.error;
    // Meanwhile a QA manager adds Helen in chat.
    const priya = actorFor(aPerson({ _id: 'person-priya', roles: ['qa_manager'] }));
    const helen = addPerson(
      'person-helen',
      {
        displayName: 'Helen Ward',
        email: 'helen@x.gov.uk',
        roles: ['district_manager'],
        districtIds: ['chesterfield'],
      },
      { actor: priya, at: now },
    );
    if (!helen.ok) throw helen.error;
    await savePersonChange(database.stores, helen.value);

    const result = await savePlannedImport(database.stores, planned.value);

    expect(result.refused).toEqual([
      {
        line: 2,
        name: 'Helen Ward',
        email: 'helen@x.gov.uk',
        reasons: ['Someone else is registered with helen@x.gov.uk already.'],
      },
      {
        line: 3,
        name: 'Jo Bennett',
        email: 'jo@x.gov.uk',
        reasons: ['its line manager’s row (line 2) could not be saved'],
      },
    ]);
    expect(result.toAdd.map((person) => person.name)).toEqual(['Mia Clarke']);
    expect(result.counts).toMatchObject({ toAdd: 1, refused: 2 });
    const people = await database.stores.people.collection[driver].find().toArray();
    expect(people.map((person) => person.displayName).sort()).toEqual(['Helen Ward', 'Mia Clarke']);
    expect(await database.stores.auditEvents.byActor(PEOPLE_IMPORT_COMMAND_ACTOR.id)).toHaveLength(1);
  });
});
