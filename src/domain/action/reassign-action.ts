import type { Delivery } from '../notifications/notification.js';
import type { Person } from '../people/person.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { idForCommand } from '../shared/new-id.js';
import type { Action } from './action.js';
import { actOnAction, type ActionRecords } from './act-on-action.js';
import type { CommandContext } from './lifecycle.js';

/** The records reassigning reads: the actions, and the people named as old and new owner. */
export interface ReassignRecords extends ActionRecords {
  findPerson(id: string): Promise<Person | null>;
}

export interface Reassigned {
  readonly action: Action;
  /** The action's card to its new owner's personal chat, one per reassignment (a retry sends it once). */
  readonly deliveries: readonly Delivery[];
}

const NO_SUCH_PERSON = 'That person was not found: choose the new owner from the list on the card.';

/**
 * Gives one outstanding action to someone else, as a manager of its district: the step is kept in the
 * action's history (and so its audit trail) with the old and new owner, and the new owner is sent the
 * action's card. The same command again changes nothing and sends nothing twice.
 */
export async function reassignAction(
  records: ReassignRecords,
  actionId: string,
  newOwnerId: string,
  context: CommandContext,
): Promise<Outcome<Reassigned>> {
  const [newOwner, current] = await Promise.all([records.findPerson(newOwnerId), records.findById(actionId)]);
  if (!newOwner) return refuse('not_found', NO_SUCH_PERSON);
  const previousOwner = current ? await records.findPerson(current.ownerId) : null;
  const done = await actOnAction(
    records,
    actionId,
    { kind: 'reassign', newOwner, previousOwnerName: previousOwner?.displayName ?? 'someone no longer registered' },
    context,
  );
  if (!done.ok) return done;
  const { action } = done.value;
  return succeed({
    action,
    deliveries: [
      {
        key: `action-reassigned:${action._id}:${action.history.length}`,
        notification: { kind: 'action_assigned', actionId: action._id },
        destination: { kind: 'person', personId: action.ownerId },
      },
    ],
  });
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
 */
export async function handOnActions(
  records: ReassignRecords,
  actionIds: readonly string[],
  newOwnerId: string,
  context: CommandContext,
): Promise<Outcome<HandedOn>> {
  const newOwner = await records.findPerson(newOwnerId);
  if (!newOwner) return refuse('not_found', NO_SUCH_PERSON);
  if (newOwner.leftAt)
    return refuse('invalid_input', `${newOwner.displayName} has left, so they cannot take on actions.`);
  const moved: Action[] = [];
  const refused: { actionId: string; reason: string }[] = [];
  const deliveries: Delivery[] = [];
  for (const actionId of actionIds) {
    const done = await reassignAction(records, actionId, newOwnerId, {
      ...context,
      commandId: idForCommand('reassign', `${context.commandId}:${actionId}`),
    });
    if (done.ok) {
      moved.push(done.value.action);
      deliveries.push(...done.value.deliveries);
    } else refused.push({ actionId, reason: done.error.userMessage });
  }
  return succeed({ moved, refused, deliveries });
}
