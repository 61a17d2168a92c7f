import type { Action } from '../domain/action/action.js';
import type { ActionTurn } from '../domain/action/whose-turn.js';
import type { Notification } from '../domain/notifications/notification.js';
import { SYSTEM_ACTOR, actorFor } from '../domain/people/actor.js';
import type { OutgoingCard } from '../outbox/platform-sender.js';
import type { Stores } from '../store/stores.js';
import { actionCard } from './present/action-card.js';
import { escalationMessage, reminderMessage } from './present/chasing-messages.js';
import { peopleNames } from './present/people-names.js';
import { shortWhat } from './present/short-what.js';
import { actionTurnMessage } from './present/turn-messages.js';

/** The messages that show the action itself; a note to an old owner that it was given away stays as it was. */
type ActionNotification = Exclude<Extract<Notification, { actionId: string }>, { kind: 'action_reassigned' }>;

/** The steps that settle a turn given to managers: whoever took one decided, for every manager asked. */
const DECISIONS: Partial<Record<ActionTurn, readonly string[]>> = {
  decide_date_change: ['approve_date_change', 'decline_date_change'],
  verify_completion: ['verify', 'reopen'],
};
const DECIDED: Record<string, string> = {
  approve_date_change: 'approved the new date',
  decline_date_change: 'refused the new date',
  verify: 'verified it as done',
  reopen: 'reopened it',
};

/**
 * A delivered copy of a message about an action, rendered again after a step on it: what the person it went to
 * now sees in its place. While the message still has something to say to them (a reminder of an action still
 * outstanding, a decision still waiting), it is that message with the facts as they now stand; once it has
 * passed, it is the action card as it now stands for that person — only the buttons they may still press —
 * saying who decided, where another manager did. Null when the action is gone, or the message is not about one.
 */
export async function renderActionCopy(
  stores: Stores,
  notification: Notification,
  recipientId: string | undefined,
  now: Date,
): Promise<OutgoingCard | null> {
  if (!('actionId' in notification) || notification.kind === 'action_reassigned') return null;
  const action = await stores.actions.findById(notification.actionId);
  if (!action) return null;
  const viewerId = viewerOf(notification, recipientId, action);
  const current = await stillToSay(stores, notification, viewerId, action, now);
  if (current) return current;
  const viewer = await stores.people.findById(viewerId);
  const reply = await actionCard(stores, action, viewer ? actorFor(viewer) : SYSTEM_ACTOR, now, 'person');
  const decided = notification.kind === 'action_turn' ? await decision(stores, action, notification.turn) : '';
  return { card: reply.card, text: decided ? `${decided}: ${shortWhat(action.what)}` : reply.text };
}

/** Whom the copy was for: named in the notification for a turn or an escalation, else the chat it went to. */
function viewerOf(notification: ActionNotification, recipientId: string | undefined, action: Action): string {
  switch (notification.kind) {
    case 'action_turn':
      return notification.personId;
    case 'action_escalation':
      return notification.managerId;
    case 'action_assigned':
    case 'action_reminder':
      return recipientId ?? action.ownerId;
  }
}

/** The message itself, when it is still this person's to act on; null once it has passed. */
function stillToSay(
  stores: Stores,
  notification: ActionNotification,
  viewerId: string,
  action: Action,
  now: Date,
): Promise<OutgoingCard | null> {
  switch (notification.kind) {
    case 'action_turn':
      return actionTurnMessage(stores, action._id, notification.turn, notification.personId, now);
    case 'action_escalation':
      return escalationMessage(stores, action._id, notification.managerId, now);
    case 'action_reminder':
      // A reminder to someone the action was since taken from no longer reminds them of anything.
      return viewerId === action.ownerId
        ? reminderMessage(stores, action._id, notification.moment, now)
        : Promise.resolve(null);
    case 'action_assigned':
      // Its summary ("New action for you") was for when it arrived; the card as it stands says the rest.
      return Promise.resolve(null);
  }
}

/** "Helen Ward approved the new date", once a manager settled a turn given to several; '' before. */
async function decision(stores: Stores, action: Action, turn: ActionTurn): Promise<string> {
  const settling = DECISIONS[turn];
  const step = settling && action.history.findLast((entry) => settling.includes(entry.transition));
  if (!step) return '';
  const names = await peopleNames(stores, [step.actorId]);
  return `${names.get(step.actorId) ?? 'A manager'} ${DECIDED[step.transition] ?? 'decided'}`;
}
