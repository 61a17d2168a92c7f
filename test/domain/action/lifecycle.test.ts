import { describe, expect, it } from 'vitest';
import { applyActionCommand, type ActionCommand } from '../../../src/domain/action/lifecycle.js';
import type { Action } from '../../../src/domain/action/action.js';
import { actorFor, type Actor } from '../../../src/domain/people/actor.js';
import { aPerson, anAction } from '../../support/fixtures.js';

const now = new Date('2026-12-01T10:00:00Z');
const owner = actorFor(aPerson({ _id: 'person-owner', roles: ['staff'] }));
const districtManager = actorFor(
  aPerson({ _id: 'person-dm', roles: ['district_manager'], districtIds: ['chesterfield'] }),
);
const otherDistrictManager = actorFor(
  aPerson({ _id: 'person-dm2', roles: ['district_manager'], districtIds: ['erewash'] }),
);
const colleague = actorFor(aPerson({ _id: 'person-colleague', roles: ['staff'] }));

function run(action: Action, command: ActionCommand, actor: Actor) {
  return applyActionCommand(action, command, { actor, commandId: `cmd-${Math.random()}`, now });
}
function expectRefused(action: Action, command: ActionCommand, actor: Actor, reason: string, message: RegExp) {
  const result = run(action, command, actor);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.reason).toBe(reason);
    expect(result.error.userMessage).toMatch(message);
  }
}
function expectMoved(action: Action, command: ActionCommand, actor: Actor): Action {
  const result = run(action, command, actor);
  if (!result.ok) throw new Error(`expected the step to be allowed: ${result.error.userMessage}`);
  expect(result.value.history).toHaveLength(action.history.length + 1);
  expect(result.value.history.at(-1)).toMatchObject({
    transition: command.kind,
    actorId: actor.id,
    from: action.status,
    to: result.value.status,
  });
  return result.value;
}

describe('the action lifecycle', () => {
  it('goes open → acknowledged → in progress → completed → verified, one audited step at a time', () => {
    const acknowledged = expectMoved(anAction(), { kind: 'acknowledge' }, owner);
    expect(acknowledged).toMatchObject({ status: 'acknowledged', acknowledgedAt: now });
    const inProgress = expectMoved(
      acknowledged,
      { kind: 'add_progress', note: 'Template updated; training booked.' },
      owner,
    );
    expect(inProgress.status).toBe('in_progress');
    expect(inProgress.progress).toEqual([{ note: 'Template updated; training booked.', byId: owner.id, at: now }]);
    const completed = expectMoved(
      inProgress,
      { kind: 'complete', evidence: 'Audit of 10 visits: all record wishes and feelings.' },
      owner,
    );
    expect(completed.completion?.evidence).toMatch(/Audit of 10 visits/);
    const verified = expectMoved(completed, { kind: 'verify' }, districtManager);
    expect(verified.status).toBe('verified');
  });

  it('does not change the action it was given (the step is pure)', () => {
    const action = anAction();
    const copy = structuredClone(action);
    run(action, { kind: 'acknowledge' }, owner);
    expect(action).toEqual(copy);
  });

  it('tells someone who is neither owner nor manager that only they can act', () => {
    expectRefused(
      anAction(),
      { kind: 'acknowledge' },
      colleague,
      'not_allowed',
      /Only the owner of this action or a manager/,
    );
    expectRefused(anAction(), { kind: 'acknowledge' }, otherDistrictManager, 'not_allowed', /Only the owner/);
  });

  it('tells the owner an action already acknowledged cannot be acknowledged again', () => {
    expectRefused(
      anAction({ status: 'acknowledged' }),
      { kind: 'acknowledge' },
      owner,
      'invalid_transition',
      /This action is acknowledged, so it cannot be acknowledged now/,
    );
  });

  it('asks for acknowledgement before an open action is marked complete', () => {
    expectRefused(
      anAction(),
      { kind: 'complete', evidence: 'Done' },
      owner,
      'invalid_transition',
      /Acknowledge this action before marking it complete/,
    );
  });

  it('lets only a manager of the district — never the owner — verify or reopen completed work', () => {
    const completed = anAction({ status: 'completed', completion: { evidence: 'Done', byId: owner.id, at: now } });
    expectRefused(completed, { kind: 'verify' }, owner, 'not_allowed', /Only a manager for this district can verify/);
    const ownedByManager = anAction({ status: 'completed', ownerId: districtManager.id });
    expectRefused(
      ownedByManager,
      { kind: 'verify' },
      districtManager,
      'not_allowed',
      /This action is yours, so another manager must check/,
    );
    const reopened = expectMoved(
      completed,
      { kind: 'reopen', reason: 'Evidence covers one team only.' },
      districtManager,
    );
    expect(reopened.status).toBe('in_progress');
    expect(reopened).not.toHaveProperty('completion');
    expect(reopened.history.at(-1)?.note).toBe('Evidence covers one team only.');
  });

  describe('asking for a new date', () => {
    const later = new Date('2027-01-15T00:00:00Z');
    const request: ActionCommand = {
      kind: 'request_date_change',
      requestedDate: later,
      reason: 'Waiting for the new policy.',
    };

    it('records the request without moving the due date until a manager approves it', () => {
      const requested = expectMoved(anAction({ status: 'acknowledged' }), request, owner);
      expect(requested.dateChangeRequest).toMatchObject({ requestedDate: later, byId: owner.id });
      expect(requested.dueDate).toEqual(anAction().dueDate);
      const approved = expectMoved(requested, { kind: 'approve_date_change' }, districtManager);
      expect(approved.dueDate).toEqual(later);
      expect(approved).not.toHaveProperty('dateChangeRequest');
    });

    it('keeps the old date when the manager declines, with the reason in the history', () => {
      const requested = expectMoved(anAction({ status: 'acknowledged' }), request, owner);
      const declined = expectMoved(
        requested,
        { kind: 'decline_date_change', reason: 'Needed before the inspection.' },
        districtManager,
      );
      expect(declined.dueDate).toEqual(anAction().dueDate);
      expect(declined.history.at(-1)?.note).toBe('Needed before the inspection.');
    });

    it('refuses a new date that is not after the current one, and a second request while one is waiting', () => {
      expectRefused(
        anAction(),
        { ...request, requestedDate: new Date('2026-12-01T00:00:00Z') },
        owner,
        'invalid_input',
        /must be after the current due date, Tue 15 Dec 2026/,
      );
      const requested = expectMoved(anAction(), request, owner);
      expectRefused(requested, request, owner, 'invalid_transition', /already been asked for/);
    });

    it('does not let the owner approve their own request, nor a manager approve one they asked for', () => {
      const requested = expectMoved(anAction(), request, owner);
      expectRefused(
        requested,
        { kind: 'approve_date_change' },
        owner,
        'not_allowed',
        /Only a manager for this district can decide/,
      );
      const managersOwn = expectMoved(anAction(), request, districtManager);
      expectRefused(
        managersOwn,
        { kind: 'approve_date_change' },
        districtManager,
        'not_allowed',
        /another manager must decide/,
      );
    });
  });
});

describe('a new date still waiting when the action is marked complete', () => {
  it('lapses: the completed action asks for no decision, and its history says which date lapsed', () => {
    const asked = anAction({
      status: 'acknowledged',
      acknowledgedAt: now,
      dateChangeRequest: {
        requestedDate: new Date('2027-01-29T00:00:00Z'),
        reason: 'Waiting for the panel',
        byId: owner.id,
        at: now,
      },
    });

    const done = expectMoved(asked, { kind: 'complete', evidence: 'Audit done and shared' }, owner);

    expect(done.status).toBe('completed');
    expect('dateChangeRequest' in done).toBe(false);
    expect(done.history.at(-1)?.note).toBe('the new date asked for, Fri 29 Jan 2027, lapsed');
    expectRefused(
      done,
      { kind: 'approve_date_change' },
      districtManager,
      'invalid_transition',
      /no request for a new date/,
    );
  });

  it('a completion with no date asked for says nothing of one', () => {
    const done = expectMoved(
      anAction({ status: 'acknowledged', acknowledgedAt: now }),
      { kind: 'complete', evidence: 'Done' },
      owner,
    );
    expect(done.history.at(-1)?.note).toBeUndefined();
  });
});
