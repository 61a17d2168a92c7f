import type { Notification } from '../../domain/notifications/notification.js';
import type { OutgoingCard } from '../../outbox/platform-sender.js';
import type { Stores } from '../../store/stores.js';
import { receipt } from './message-cards.js';
import { peopleNames } from './people-names.js';
import { shortWhat } from './short-what.js';

/**
 * Told to an action's previous owner when a manager gives it to someone else: which action, to whom, why
 * and by whom, so they know it is no longer theirs. Null when the action is gone.
 */
export async function actionReassignedMessage(
  stores: Stores,
  told: Extract<Notification, { kind: 'action_reassigned' }>,
): Promise<OutgoingCard | null> {
  const action = await stores.actions.findById(told.actionId);
  if (!action) return null;
  const names = await peopleNames(stores, [told.byId, told.newOwnerId]);
  const newOwner = names.get(told.newOwnerId) ?? 'someone else';
  const byName = names.get(told.byId) ?? 'A manager';
  const which = action.reference ? `Your action ${action.reference}` : 'Your action';
  const title = `${which} was given to ${newOwner}`;
  const at = action.history[told.step - 1]?.at ?? action.createdAt;
  const { card } = receipt(
    title,
    byName,
    at,
    [
      { title: 'Action', value: action.what },
      { title: 'Now with', value: newOwner },
      { title: 'Why', value: told.reason },
    ],
    'It is no longer yours, so there is nothing more for you to do on it.',
  );
  return { card, text: `${title} by ${byName}: ${shortWhat(action.what)}` };
}
