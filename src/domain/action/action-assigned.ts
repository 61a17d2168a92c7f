import type { Delivery } from '../notifications/notification.js';
import type { Action } from './action.js';

/**
 * The key every copy of an action's own card is sent under, whoever it went to: a step taken on the
 * action anywhere (its card, an answer listing it) refreshes them all by it.
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
