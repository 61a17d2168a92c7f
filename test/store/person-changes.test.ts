import { describe, expect, it } from 'vitest';
import { actorFor } from '../../src/domain/people/actor.js';
import { addPerson } from '../../src/domain/people/manage-person.js';
import { personDetailsSchema } from '../../src/domain/people/person-details.js';
import { savePersonChange } from '../../src/store/person-changes.js';
import { aPerson } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const at = new Date('2026-12-07T10:00:00Z');
const actor = actorFor(aPerson({ _id: 'person-priya', roles: ['qa_manager'] }));
const details = {
  displayName: 'Helen Ward',
  email: 'helen.ward@derbyshire.gov.uk',
  roles: ['staff' as const],
  districtIds: ['chesterfield'],
};

describe('storing a change a manager made to someone’s record', () => {
  it('stores the person and the audit event of the change', async () => {
    const added = addPerson('person-helen', details, { actor, at });
    if (!added.ok) throw added.error;

    const saved = await savePersonChange(database.stores, added.value);

    expect(saved).toEqual({ ok: true, value: added.value.person });
    expect(await database.stores.people.findById('person-helen')).toEqual(added.value.person);
    expect(await database.stores.auditEvents.trailFor('person', 'person-helen')).toEqual([added.value.audit]);
  });

  it('tells the manager someone else has that email, and writes nothing', async () => {
    const other = addPerson(
      'person-helen-2',
      personDetailsSchema.parse({ ...details, email: ' Helen.Ward@Derbyshire.gov.uk ' }),
      { actor, at },
    );
    if (!other.ok) throw other.error;

    const saved = await savePersonChange(database.stores, other.value);

    expect(!saved.ok && saved.error.userMessage).toBe(
      'Someone else is registered with helen.ward@derbyshire.gov.uk already.',
    );
    expect(await database.stores.people.findById('person-helen-2')).toBeNull();
    expect(await database.stores.auditEvents.trailFor('person', 'person-helen-2')).toEqual([]);
  });
});
