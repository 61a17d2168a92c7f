import type { Delivery } from '../notifications/notification.js';
import type { Person } from '../people/person.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { HistoryEntry } from '../shared/history.js';
import { idForCommand } from '../shared/new-id.js';
import type { Action } from './action.js';
import { actOnAction, type ActionRecords } from './act-on-action.js';
import type { CommandContext } from './lifecycle.js';

/** The records reassigning reads: the actions, and the people named as old and new owner. */
export interface ReassignRecords extends ActionRecords {
  findPerson(id: string): Promise<Person | null>;
}

/** Whom an action goes to, and why (kept in its history and audit trail). */
export interface NewOwnerChoice {
  readonly newOwnerId: string;
  readonly reason: string;
}

export interface Reassigned {
  readonly action: Action;
  /**
   * The action's card to its new owner's personal chat, and a note to its previous owner saying to whom,
   * why and by whom; one each per reassignment (a retry queues the same ones, which are sent once).
   */
  readonly deliveries: readonly Delivery[];
}

const NO_SUCH_PERSON = 'That person was not found: choose the new owner from the list on the card.';

/**
 * Gives one outstanding action to someone else, as a manager of its district, with a reason: the step is
 * kept in the action's history (and so its audit trail) with the old and new owner and the reason; the
 * new owner is sent the action's card and the old owner is told. The same command again changes nothing
 * and sends nothing twice.
 */
export async function reassignAction(
  records: ReassignRecords,
  actionId: string,
  to: NewOwnerChoice,
  context: CommandContext,
): Promise<Outcome<Reassigned>> {
  const moved = await moveAction(records, actionId, to, context);
  if (!moved.ok) return moved;
  const { action, step, entry } = moved.value;
  const toldBefore = entry.previousOwnerId
    ? [
        {
          key: `action-reassigned-from:${action._id}:${step}`,
          notification: {
            kind: 'action_reassigned' as const,
            actionId: action._id,
            step,
            byId: entry.actorId,
            newOwnerId: to.newOwnerId,
            reason: to.reason,
          },
          destination: { kind: 'person' as const, personId: entry.previousOwnerId },
        },
      ]
    : [];
  return succeed({ action, deliveries: [newOwnersCard(action, step, to.newOwnerId), ...toldBefore] });
}

export interface HandedOn {
  readonly moved: readonly Action[];
  /** Actions that stayed where they were, each with the reason in the manager's words. */
  readonly refused: readonly { readonly actionId: string; readonly reason: string }[];
  readonly deliveries: readonly Delivery[];
}

/**
 * Gives several actions (a leaver's open actions) to one person in one step. Each is reassigned on its own
 * (there are no multi-document transactions), with a command id of its own derived from the step's, so a
 * retried step finishes what an interrupted one started and repeats nothing. An action that cannot go to
 * that person (in a district they do not work in, already done) stays with its owner and is reported.
 * The new owner gets each card; the leaver is not told, having left.
 */
export async function handOnActions(
  records: ReassignRecords,
  actionIds: readonly string[],
  to: NewOwnerChoice,
  context: CommandContext,
): Promise<Outcome<HandedOn>> {
  const newOwner = await records.findPerson(to.newOwnerId);
  if (!newOwner) return refuse('not_found', NO_SUCH_PERSON);
  if (newOwner.leftAt)
    return refuse('invalid_input', `${newOwner.displayName} has left, so they cannot take on actions.`);
  const moved: Action[] = [];
  const refused: { actionId: string; reason: string }[] = [];
  const deliveries: Delivery[] = [];
  for (const actionId of actionIds) {
    const done = await moveAction(records, actionId, to, {
      ...context,
      commandId: idForCommand('reassign', `${context.commandId}:${actionId}`),
    });
    if (done.ok) {
      moved.push(done.value.action);
      deliveries.push(newOwnersCard(done.value.action, done.value.step, to.newOwnerId));
    } else refused.push({ actionId, reason: done.error.userMessage });
  }
  return succeed({ moved, refused, deliveries });
}

/** The reassign step, saved (or found, on a retry) with its place in the action's history. */
async function moveAction(
  records: ReassignRecords,
  actionId: string,
  to: NewOwnerChoice,
  context: CommandContext,
): Promise<Outcome<{ action: Action; step: number; entry: HistoryEntry }>> {
  const [newOwner, current] = await Promise.all([records.findPerson(to.newOwnerId), records.findById(actionId)]);
  if (!newOwner) return refuse('not_found', NO_SUCH_PERSON);
  const previousOwner = current ? await records.findPerson(current.ownerId) : null;
  const done = await actOnAction(
    records,
    actionId,
    {
      kind: 'reassign',
      newOwner,
      previousOwnerName: previousOwner?.displayName ?? 'someone no longer registered',
      reason: to.reason,
    },
    context,
  );
  if (!done.ok) return done;
  const { action } = done.value;
  const index = action.history.findIndex((entry) => entry.commandId === context.commandId);
  const entry = action.history[index];
  // The command found applied is another kind of step under the same id: nothing of this one to send.
  if (!entry || entry.transition !== 'reassign') {
    return refuse('invalid_input', 'That request was already used for another change to this action.');
  }
  return succeed({ action, step: index + 1, entry });
}

/** The card goes to whom this step gave the action, even if it has moved on again since. */
function newOwnersCard(action: Action, step: number, newOwnerId: string): Delivery {
  return {
    key: `action-reassigned:${action._id}:${step}`,
    notification: { kind: 'action_assigned', actionId: action._id },
    destination: { kind: 'person', personId: newOwnerId },
  };
}
