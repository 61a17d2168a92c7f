import type { Delivery } from '../notifications/notification.js';
import type { Action } from './action.js';

/**
 * The key an action's own card is first sent under. A step taken on the action refreshes this card and every
 * other message about it (reassigned, turn, reminder and escalation cards) by the action's id, not by key.
 */
export function actionCardKey(actionId: string): string {
  return `action-assigned:${actionId}`;
}

/** The action's own card, to its owner: when it is first given to them, and when it is handed to someone new. */
export function actionAssignedDelivery(action: Pick<Action, '_id' | 'ownerId'>): Delivery {
  return {
    key: actionCardKey(action._id),
    notification: { kind: 'action_assigned', actionId: action._id },
    destination: { kind: 'person', personId: action.ownerId },
  };
}
