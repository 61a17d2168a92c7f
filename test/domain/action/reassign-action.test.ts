import { describe, expect, it } from 'vitest';
import { applyActionCommand } from '../../../src/domain/action/lifecycle.js';
import { handOnActions, reassignAction } from '../../../src/domain/action/reassign-action.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import type { Person } from '../../../src/domain/people/person.js';
import { aPerson, anAction } from '../../support/fixtures.js';
import { useTestDatabase } from '../../support/test-database.js';

const now = new Date('2026-12-07T10:00:00Z');
const dee = aPerson({ _id: 'person-dee', displayName: 'Dee Watts', roles: ['district_manager'] });
const helen = aPerson({ _id: 'person-helen', displayName: 'Helen Ward', roles: ['staff'] });
const jo = aPerson({ _id: 'person-jo', displayName: 'Jo Bennett', roles: ['staff'] });
const sam = aPerson({ _id: 'person-sam', displayName: 'Sam Kerr', roles: ['staff'], districtIds: ['erewash'] });
const gone = aPerson({ _id: 'person-gone', displayName: 'Al Gone', roles: ['staff'], leftAt: now });
const manager = actorFor(dee);

const reassign = (newOwner: Person, actor = manager, status: 'open' | 'acknowledged' | 'completed' = 'acknowledged') =>
  applyActionCommand(
    anAction({ ownerId: helen._id, status, acknowledgedAt: status === 'open' ? undefined : now }),
    { kind: 'reassign', newOwner, previousOwnerName: helen.displayName, reason: 'Helen is on leave until March' },
    { actor, commandId: 'cmd-reassign', now },
  );

describe('giving an action to someone else', () => {
  it('hands it to a colleague in its district, back to open for them to acknowledge, with both owners in its history', () => {
    const moved = reassign(jo);

    expect(moved.ok && moved.value).toMatchObject({ ownerId: 'person-jo', status: 'open' });
    expect(moved.ok && 'acknowledgedAt' in moved.value).toBe(false);
    expect(moved.ok && moved.value.history.at(-1)).toMatchObject({
      transition: 'reassign',
      actorId: 'person-dee',
      from: 'acknowledged',
      to: 'open',
      note: 'Owner: Helen Ward → Jo Bennett. Why: Helen is on leave until March',
      previousOwnerId: 'person-helen',
    });
  });

  it.each([
    [
      'by someone who does not manage the district',
      jo,
      actorFor(helen),
      'Only a manager for this district can give an action to someone else.',
    ],
    ['to someone who has left', gone, manager, 'Al Gone has left, so they cannot take on an action.'],
    [
      'to someone in another district',
      sam,
      manager,
      'Sam Kerr does not work in this action’s district, so it cannot be given to them.',
    ],
    ['to its owner', helen, manager, 'Helen Ward owns this action already.'],
  ])('is refused %s', (_case, newOwner, actor, message) => {
    expect(reassign(newOwner, actor)).toMatchObject({ ok: false, error: { userMessage: message } });
  });

  it('is refused once the action is completed', () => {
    expect(reassign(jo, manager, 'completed')).toMatchObject({
      ok: false,
      error: {
        userMessage: 'This action is completed, awaiting verification, so it cannot be given to someone else now.',
      },
    });
  });
});

describe('reassigning stored actions', () => {
  const database = useTestDatabase();
  const records = () => ({
    findById: (id: string) => database.stores.actions.findById(id),
    saveTransition: database.stores.actions.saveTransition.bind(database.stores.actions),
    findPerson: (id: string) => database.stores.people.findById(id),
  });
  const context = (commandId: string) => ({ actor: manager, commandId, now });

  it('gives one action on its own: stored with its audit and reason, its card to the new owner, the old owner told; a retry repeats nothing', async () => {
    for (const person of [dee, helen, jo]) await database.stores.people.save(person);
    const action = await database.stores.actions.create(anAction({ ownerId: helen._id }));
    const to = { newOwnerId: jo._id, reason: 'Caseload' };

    const first = await reassignAction(records(), action._id, to, context('cmd-one'));
    const again = await reassignAction(records(), action._id, to, context('cmd-one'));

    expect(first.ok && first.value.deliveries).toEqual([
      {
        key: `action-reassigned:${action._id}:2`,
        notification: { kind: 'action_assigned', actionId: action._id },
        destination: { kind: 'person', personId: 'person-jo' },
      },
      {
        key: `action-reassigned-from:${action._id}:2`,
        notification: {
          kind: 'action_reassigned',
          actionId: action._id,
          step: 2,
          byId: 'person-dee',
          newOwnerId: 'person-jo',
          reason: 'Caseload',
        },
        destination: { kind: 'person', personId: 'person-helen' },
      },
    ]);
    expect(again.ok && again.value.deliveries).toEqual(first.ok && first.value.deliveries);
    const stored = await database.stores.actions.findById(action._id);
    expect(stored).toMatchObject({ ownerId: 'person-jo', version: 2 });
    const trail = await database.stores.auditEvents.trailFor('action', action._id);
    expect(trail.map((event) => [event.transition, event.actorId, event.note])).toEqual([
      ['create', 'person-qa1', undefined],
      ['reassign', 'person-dee', 'Owner: Helen Ward → Jo Bennett. Why: Caseload'],
    ]);
  });

  it('gives all of a leaver’s actions in one step, leaving the ones the new owner cannot take and saying why', async () => {
    for (const person of [dee, helen, jo, sam]) await database.stores.people.save(person);
    const mine = await database.stores.actions.create(anAction({ ownerId: helen._id, what: 'One' }));
    const other = await database.stores.actions.create(anAction({ ownerId: helen._id, what: 'Two' }));
    const elsewhere = await database.stores.actions.create(
      anAction({ ownerId: helen._id, districtId: 'erewash', what: 'Three' }),
    );
    const qa = actorFor(aPerson({ _id: 'person-qa', roles: ['qa_manager'] }));
    const leaving = { newOwnerId: jo._id, reason: 'Helen Ward has left' };

    const handed = await handOnActions(records(), [mine._id, other._id, elsewhere._id], leaving, {
      actor: qa,
      commandId: 'cmd-all',
      now,
    });

    expect(handed.ok && handed.value.moved.map((action) => action.what)).toEqual(['One', 'Two']);
    expect(handed.ok && handed.value.refused).toEqual([
      {
        actionId: elsewhere._id,
        reason: 'Jo Bennett does not work in this action’s district, so it cannot be given to them.',
      },
    ]);
    // Only the new owner is sent anything: the leaver is not told.
    expect(handed.ok && handed.value.deliveries.map((delivery) => delivery.destination)).toEqual([
      { kind: 'person', personId: 'person-jo' },
      { kind: 'person', personId: 'person-jo' },
    ]);
    expect((await database.stores.actions.findById(elsewhere._id))?.ownerId).toBe('person-helen');
  });

  it('refuses a new owner who has left, or who is not registered, and changes nothing', async () => {
    for (const person of [dee, helen, gone]) await database.stores.people.save(person);
    const action = await database.stores.actions.create(anAction({ ownerId: helen._id }));

    expect(
      await handOnActions(records(), [action._id], { newOwnerId: gone._id, reason: 'x' }, context('cmd-gone')),
    ).toMatchObject({
      ok: false,
      error: { userMessage: 'Al Gone has left, so they cannot take on actions.' },
    });
    expect(
      await handOnActions(
        records(),
        [action._id],
        { newOwnerId: 'person-made-up', reason: 'x' },
        context('cmd-made-up'),
      ),
    ).toMatchObject({
      ok: false,
      error: { userMessage: 'That person was not found: choose the new owner from the list on the card.' },
    });
    expect(await database.stores.actions.findById(action._id)).toMatchObject({ ownerId: 'person-helen', version: 1 });
  });
});
