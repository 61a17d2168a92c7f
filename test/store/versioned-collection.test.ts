import { describe, expect, it } from 'vitest';
import { actOnAction } from '../../src/domain/action/act-on-action.js';
import { applyActionCommand } from '../../src/domain/action/lifecycle.js';
import { actorFor } from '../../src/domain/people/actor.js';
import { stepKey } from '../../src/store/transition-steps.js';
import { aPerson, anAction } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';
import { driver } from '../../src/store/driver-collection.js';

const database = useTestDatabase();
const now = new Date('2026-12-01T09:00:00Z');
const owner = actorFor(aPerson({ _id: 'person-owner', roles: ['staff'] }));
const manager = actorFor(aPerson({ _id: 'person-dm', roles: ['district_manager'] }));
const qaManager = actorFor(aPerson({ _id: 'person-qa', roles: ['qa_manager'] }));

describe('saving lifecycle steps under concurrency', () => {
  it('in 25 rounds of three people racing to acknowledge, exactly one wins each round and each trail has one acknowledgement', async () => {
    for (let round = 0; round < 25; round++) {
      const action = await database.stores.actions.create(anAction());
      const results = await Promise.all(
        [owner, manager, qaManager].map((actor) =>
          actOnAction(
            database.stores.actions,
            action._id,
            { kind: 'acknowledge' },
            { actor, commandId: `cmd-${round}-${actor.id}`, now },
          ),
        ),
      );
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      const trail = await database.stores.auditEvents.trailFor('action', action._id);
      expect(trail.filter((event) => event.transition === 'acknowledge')).toHaveLength(1);
      const stored = await database.stores.actions.findById(action._id);
      expect(stored?.history).toHaveLength(2);
      expect(stored?.version).toBe(2);
    }
  });

  it('a step claimed by a process that died before saving it is finished by the next person, not lost', async () => {
    const action = await database.stores.actions.create(anAction());
    // The dead process got as far as claiming its acknowledgement, then stopped.
    const acknowledged = applyActionCommand(
      action,
      { kind: 'acknowledge' },
      { actor: owner, commandId: 'cmd-died', now },
    );
    if (!acknowledged.ok) throw acknowledged.error;
    await database.stores.transitionSteps.claim({
      _id: stepKey('action', action._id, 2),
      commandId: 'cmd-died',
      at: now,
      after: { ...acknowledged.value, version: 2 },
    });
    expect((await database.stores.actions.findById(action._id))?.status).toBe('open');

    const manager = await actOnAction(
      database.stores.actions,
      action._id,
      { kind: 'acknowledge' },
      { actor: qaManager, commandId: 'cmd-later', now },
    );

    expect(!manager.ok && manager.error.reason).toBe('conflict');
    const stored = await database.stores.actions.findById(action._id);
    expect(stored).toMatchObject({ status: 'acknowledged', version: 2 });
    expect(stored?.history.at(-1)).toMatchObject({ commandId: 'cmd-died', actorId: 'person-owner' });
    const trail = await database.stores.auditEvents.trailFor('action', action._id);
    expect(trail.map((event) => [event.transition, event.commandId])).toEqual([
      ['create', action.history[0]?.commandId],
      ['acknowledge', 'cmd-died'],
    ]);
  });

  it('a cleared field, such as a decided date-change request, is removed from the stored action', async () => {
    const action = await database.stores.actions.create(anAction({ status: 'acknowledged' }));
    const requested = await actOnAction(
      database.stores.actions,
      action._id,
      {
        kind: 'request_date_change',
        requestedDate: new Date('2027-01-31T00:00:00Z'),
        reason: 'Waiting for the new supervision policy.',
      },
      { actor: owner, commandId: 'cmd-request', now },
    );
    expect(requested.ok && requested.value.action.dateChangeRequest?.reason).toBe(
      'Waiting for the new supervision policy.',
    );

    const approved = await actOnAction(
      database.stores.actions,
      action._id,
      { kind: 'approve_date_change' },
      { actor: manager, commandId: 'cmd-approve', now },
    );

    expect(approved.ok).toBe(true);
    const stored = await database.stores.actions.collection[driver].findOne({ _id: action._id });
    expect(stored).not.toHaveProperty('dateChangeRequest');
    expect(stored?.dueDate).toEqual(new Date('2027-01-31T00:00:00Z'));
  });
});
