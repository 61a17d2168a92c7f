import { describe, expect, it } from 'vitest';
import { actOnAction } from '../../src/domain/action/act-on-action.js';
import { actorFor } from '../../src/domain/people/actor.js';
import { OUTSTANDING_ACTION_STATUSES, type ActionStatus } from '../../src/domain/action/status.js';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { aPerson, anAction } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';
import { overdueIn } from '../support/overdue-search.js';

const database = useTestDatabase();
const page = { skip: 0, limit: 10 };

const owner = aPerson({ _id: 'person-owner', roles: ['staff'] });
const districtManager = aPerson({ _id: 'person-dm', roles: ['district_manager'] });

describe('acknowledging an action', () => {
  it('of two people acknowledging at the same moment, one succeeds and the other is told someone else changed it', async () => {
    const action = await database.stores.actions.create(anAction());
    const now = new Date('2026-12-01T09:00:00Z');

    const results = await Promise.all([
      actOnAction(
        database.stores.actions,
        action._id,
        { kind: 'acknowledge' },
        { actor: actorFor(owner), commandId: 'cmd-owner-ack', now },
      ),
      actOnAction(
        database.stores.actions,
        action._id,
        { kind: 'acknowledge' },
        { actor: actorFor(districtManager), commandId: 'cmd-dm-ack', now },
      ),
    ]);

    const succeeded = results.filter((result) => result.ok);
    const refused = results.flatMap((result) => (result.ok ? [] : [result.error]));
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.reason).toMatch(/conflict|invalid_transition/);
    expect(refused[0]?.userMessage).toMatch(/Someone else changed this action|already|acknowledged/i);

    const trail = await database.stores.auditEvents.trailFor('action', action._id);
    expect(trail.map((event) => event.transition)).toEqual(['create', 'acknowledge']);
    const stored = await database.stores.actions.findById(action._id);
    expect(stored?.status).toBe('acknowledged');
    expect(stored?.version).toBe(2);
  });

  it('when the same acknowledgement arrives three times, it is applied once and the audit trail has one event', async () => {
    const action = await database.stores.actions.create(anAction());
    const context = { actor: actorFor(owner), commandId: 'cmd-retried', now: new Date('2026-12-01T09:00:00Z') };

    const results = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      results.push(await actOnAction(database.stores.actions, action._id, { kind: 'acknowledge' }, context));
    }

    expect(results.every((result) => result.ok)).toBe(true);
    expect(results.map((result) => result.ok && result.value.replayed)).toEqual([false, true, true]);
    const trail = await database.stores.auditEvents.trailFor('action', action._id);
    expect(trail.filter((event) => event.transition === 'acknowledge')).toHaveLength(1);
    expect(trail.at(-1)).toMatchObject({
      actorId: 'person-owner',
      before: 'open',
      after: 'acknowledged',
      commandId: 'cmd-retried',
    });
  });

  it('someone who is neither the owner nor a manager of the district is refused, and the action is unchanged', async () => {
    const action = await database.stores.actions.create(anAction());
    const colleague = aPerson({ _id: 'person-colleague', roles: ['staff'] });

    const result = await actOnAction(
      database.stores.actions,
      action._id,
      { kind: 'acknowledge' },
      {
        actor: actorFor(colleague),
        commandId: 'cmd-colleague',
        now: new Date(),
      },
    );

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.userMessage).toBe(
      'Only the owner of this action or a manager for its district can do that.',
    );
    expect(await database.stores.actions.findById(action._id)).toEqual(action);
    expect(await database.stores.auditEvents.trailFor('action', action._id)).toHaveLength(1);
  });

  it('a person from another district is told the action was not found, revealing nothing', async () => {
    const action = await database.stores.actions.create(anAction({ districtId: 'chesterfield' }));
    const outsider = aPerson({ _id: 'person-outsider', roles: ['district_manager'], districtIds: ['erewash'] });

    const result = await actOnAction(
      database.stores.actions,
      action._id,
      { kind: 'acknowledge' },
      {
        actor: actorFor(outsider),
        commandId: 'cmd-outsider',
        now: new Date(),
      },
    );

    expect(!result.ok && result.error.reason).toBe('not_found');
    expect(await database.stores.actions.findById(action._id)).toEqual(action);
  });
});

describe('overdue actions for a district', () => {
  it('lists outstanding actions due before today in London, most overdue first, and nothing due today or done', async () => {
    const district = 'overdue-district';
    const make = (iso: string, status: 'open' | 'in_progress' | 'completed' = 'open') =>
      database.stores.actions.create(anAction({ districtId: district, dueDate: calendarDateFromIso(iso), status }));
    const longOverdue = await make('2026-10-01', 'in_progress');
    const justOverdue = await make('2026-11-25');
    await make('2026-11-26'); // due today: not overdue yet
    await make('2026-11-01', 'completed'); // done: never overdue
    await database.stores.actions.create(
      anAction({ districtId: 'other-district', dueDate: calendarDateFromIso('2026-10-01') }),
    );

    // 23:30 UTC on 25 November is still 25 November in London (GMT); 00:30 UTC on the 26th is the 26th.
    const lateOn25th = new Date('2026-11-25T23:30:00Z');
    const on26th = new Date('2026-11-26T00:30:00Z');
    const overdueLateOn25th = await database.stores.actions.searchActions(overdueIn(district, lateOn25th), page);
    const overdueOn26th = await database.stores.actions.searchActions(overdueIn(district, on26th), page);

    expect(overdueLateOn25th.actions.map((action) => action._id)).toEqual([longOverdue._id]);
    expect(overdueOn26th.actions.map((action) => action._id)).toEqual([longOverdue._id, justOverdue._id]);
    expect(overdueOn26th.total).toBe(2);
    expect((await database.stores.actions.mostOverdueInDistrict(district, on26th))?._id).toBe(longOverdue._id);
  });

  it('in British Summer Time, an action due on 30 June becomes overdue at midnight London time, 23:00 UTC', async () => {
    const district = 'bst-district';
    const action = await database.stores.actions.create(
      anAction({ districtId: district, dueDate: calendarDateFromIso('2026-06-30') }),
    );

    const beforeMidnight = new Date('2026-06-30T22:59:00Z');
    const afterMidnight = new Date('2026-06-30T23:00:00Z');

    expect((await database.stores.actions.searchActions(overdueIn(district, beforeMidnight), page)).actions).toEqual(
      [],
    );
    expect(await database.stores.actions.mostOverdueInDistrict(district, beforeMidnight)).toBeNull();
    const after = await database.stores.actions.searchActions(overdueIn(district, afterMidnight), page);
    expect(after.actions.map((found) => found._id)).toEqual([action._id]);
    expect((await database.stores.actions.mostOverdueInDistrict(district, afterMidnight))?._id).toBe(action._id);
  });
});

describe('an action completed by its owner', () => {
  it('leaves their outstanding actions and is among the completed ones, and again among the outstanding when reopened', async () => {
    const { actions } = database.stores;
    const ownerId = 'person-moves-lists';
    const action = await actions.create(
      anAction({ _id: 'action-moves-lists', ownerId, status: 'acknowledged', districtId: 'moves-lists' }),
    );
    const listed = async (statuses: readonly ActionStatus[]) =>
      (await actions.searchActions({ ownerId, statuses }, page)).actions.map((found) => found._id);
    const mover = actorFor(aPerson({ _id: ownerId, roles: ['staff'] }));
    const manager = actorFor(
      aPerson({ _id: 'person-moves-dm', roles: ['district_manager'], districtIds: ['moves-lists'] }),
    );
    expect(await listed(OUTSTANDING_ACTION_STATUSES)).toEqual([action._id]);

    const done = await actOnAction(
      actions,
      action._id,
      { kind: 'complete', evidence: 'Done and shared' },
      {
        actor: mover,
        commandId: 'cmd-moves-complete',
        now: new Date('2026-12-01T09:00:00Z'),
      },
    );
    expect(done.ok).toBe(true);
    expect(await listed(OUTSTANDING_ACTION_STATUSES)).toEqual([]);
    expect(await listed(['completed', 'verified'])).toEqual([action._id]);
    expect(await actions.countActions({ ownerId, statuses: ['completed'] })).toBe(1);

    const reopened = await actOnAction(
      actions,
      action._id,
      { kind: 'reopen', reason: 'The audit missed two visits' },
      {
        actor: manager,
        commandId: 'cmd-moves-reopen',
        now: new Date('2026-12-02T09:00:00Z'),
      },
    );
    expect(reopened.ok).toBe(true);
    expect(await listed(OUTSTANDING_ACTION_STATUSES)).toEqual([action._id]);
    expect(await listed(['completed', 'verified'])).toEqual([]);
  });
});
