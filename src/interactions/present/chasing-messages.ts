import { displayDate } from '../../cards/display-time.js';
import type { Action } from '../../domain/action/action.js';
import { OUTSTANDING_ACTION_STATUSES } from '../../domain/action/status.js';
import { SYSTEM_ACTOR, actorFor } from '../../domain/people/actor.js';
import { workingDaysBetween } from '../../domain/scheduling/working-days.js';
import { londonCalendarDate } from '../../domain/shared/london-time.js';
import type { OutgoingCard } from '../../outbox/platform-sender.js';
import type { Stores } from '../../store/stores.js';
import { actionCard } from './action-card.js';
import { peopleNames } from './people-names.js';
import { shortWhat } from './short-what.js';

/**
 * A reminder to an action's owner: the action card as they would open it (its buttons are theirs), with a
 * summary saying why it came. Null once the action is no longer outstanding: nothing to remind about.
 */
export async function reminderMessage(
  stores: Stores,
  actionId: string,
  moment: 'before' | 'overdue',
  now: Date,
): Promise<OutgoingCard | null> {
  const action = await outstanding(stores, actionId);
  if (!action) return null;
  const owner = await stores.people.findById(action.ownerId);
  const reply = await actionCard(stores, action, owner ? actorFor(owner) : SYSTEM_ACTOR, now, 'person');
  const due = displayDate(action.dueDate);
  const text =
    moment === 'before'
      ? `Reminder: your action is ${dueIn(workingDaysBetween(londonCalendarDate(now), action.dueDate))} (${due}): ${shortWhat(action.what)}`
      : `Your action is overdue; it was due on ${due}: ${shortWhat(action.what)}`;
  return { card: reply.card, text };
}

/**
 * An escalation to a manager: the action card as that manager would open it, with a summary saying whose it
 * is and how many working days it is overdue.
 */
export async function escalationMessage(
  stores: Stores,
  actionId: string,
  managerId: string,
  now: Date,
): Promise<OutgoingCard | null> {
  const action = await outstanding(stores, actionId);
  if (!action) return null;
  const manager = await stores.people.findById(managerId);
  const reply = await actionCard(stores, action, manager ? actorFor(manager) : SYSTEM_ACTOR, now, 'person');
  const names = await peopleNames(stores, [action.ownerId]);
  const late = workingDaysBetween(action.dueDate, londonCalendarDate(now));
  return {
    card: reply.card,
    text: `Overdue by ${late} working ${late === 1 ? 'day' : 'days'}: ${names.get(action.ownerId) ?? ''}’s action, due ${displayDate(action.dueDate)}: ${shortWhat(action.what)}`,
  };
}

async function outstanding(stores: Stores, actionId: string): Promise<Action | null> {
  const action = await stores.actions.findById(actionId);
  return action && OUTSTANDING_ACTION_STATUSES.includes(action.status) ? action : null;
}

function dueIn(workingDays: number): string {
  if (workingDays <= 0) return 'due today';
  return workingDays === 1 ? 'due in 1 working day' : `due in ${workingDays} working days`;
}
