import type { Delivery } from './notification.js';
import type { OutboxEntry } from './outbox-entry.js';

/**
 * A personal message that the platform would not let the bot deliver after all (it would not open a chat
 * with the person): whoever caused it is told, so that they tell the person directly. Nothing when the
 * message names no sender, or was the person's own doing.
 */
export function notReachedDelivery(entry: OutboxEntry): Delivery | null {
  if (!entry.senderId || !entry.personId || entry.senderId === entry.personId) return null;
  return {
    key: `not-reached:${entry._id}`,
    notification: { kind: 'not_reached', outboxEntryId: entry._id },
    destination: { kind: 'person', personId: entry.senderId },
  };
}
