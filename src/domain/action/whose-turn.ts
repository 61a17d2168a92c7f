import type { Delivery } from '../notifications/notification.js';
import { actorFor } from '../people/actor.js';
import type { Person } from '../people/person.js';
import type { Action } from './action.js';
import { escalationRecipients } from '../scheduling/chase-actions.js';
import type { ActionCommand } from './lifecycle.js';
import { managesAction } from './permissions.js';

/**
 * What a person is told when a step on an action makes it their turn: a manager, that a new date or a
 * completion waits for their decision; the owner, what was decided.
 */
export const ACTION_TURNS = [
  'decide_date_change',
  'verify_completion',
  'date_change_approved',
  'date_change_declined',
  'verified',
  'reopened',
] as const;
export type ActionTurn = (typeof ACTION_TURNS)[number];

/** The managers who may be asked to decide: the owner's own manager, and the district's managers. */
export interface ActionPeople {
  readonly ownersManager: Person | null;
  readonly districtManagers: readonly Person[];
  readonly seniorManagers: readonly Person[];
}

const TURN_AFTER: Partial<Record<ActionCommand['kind'], { turn: ActionTurn; whose: 'deciders' | 'owner' }>> = {
  request_date_change: { turn: 'decide_date_change', whose: 'deciders' },
  complete: { turn: 'verify_completion', whose: 'deciders' },
  approve_date_change: { turn: 'date_change_approved', whose: 'owner' },
  decline_date_change: { turn: 'date_change_declined', whose: 'owner' },
  verify: { turn: 'verified', whose: 'owner' },
  reopen: { turn: 'reopened', whose: 'owner' },
};

/**
 * Who must be told after a step on an action, as deliveries to their personal chats. A decision (a new date,
 * a completion to verify) goes to the owner's own manager when they may decide on it, else to the district
 * managers, else to its senior managers; an outcome goes to the owner. Nobody is told of their own step.
 * One key per step of the action's history, so a step handled twice tells each person once.
 */
export function whoseTurnAfter(
  action: Action,
  step: ActionCommand['kind'],
  actorId: string,
  people: ActionPeople,
): Delivery[] {
  const next = TURN_AFTER[step];
  if (!next) return [];
  const told = next.whose === 'owner' ? [action.ownerId] : decidersOf(action, people);
  return told
    .filter((personId) => personId !== actorId)
    .map((personId) => ({
      key: `action-turn:${action._id}:${action.history.length}`,
      notification: { kind: 'action_turn', actionId: action._id, turn: next.turn, personId },
      destination: { kind: 'person', personId },
    }));
}

/** Whether a step makes it someone else's turn at all: most steps (acknowledge, add progress) do not. */
export function makesATurn(step: ActionCommand['kind']): boolean {
  return TURN_AFTER[step] !== undefined;
}

/**
 * Whoever may decide, in the order escalations use (escalationRecipients): the owner's own manager, else the
 * district managers, else its senior managers — each only if they may decide on this action.
 */
export function decidersOf(action: Action, people: ActionPeople): string[] {
  const canDecide = (person: Person) => managesAction(actorFor(person), action);
  const ownersManager = people.ownersManager && canDecide(people.ownersManager) ? people.ownersManager : null;
  return escalationRecipients(
    ownersManager ? { _id: action.ownerId, managerId: ownersManager._id } : null,
    action.ownerId,
    people.districtManagers.filter(canDecide),
    people.seniorManagers.filter(canDecide),
  );
}
