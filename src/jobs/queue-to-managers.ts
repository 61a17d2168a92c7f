import type { Notification } from '../domain/notifications/notification.js';
import { outboxEntryId } from '../store/outbox.js';
import type { Stores } from '../store/stores.js';

/**
 * Queues a message for every managers' channel, keyed like every other outbox entry (message key and
 * conversation), so queueing it again changes nothing and it is posted once. Returns how many channels.
 */
export async function queueToManagersChannels(
  stores: Pick<Stores, 'conversationLinks' | 'outbox'>,
  key: string,
  notification: Notification,
  now: Date,
): Promise<number> {
  const links = await stores.conversationLinks.managersChannels();
  for (const link of links) {
    await stores.outbox.enqueue({
      _id: outboxEntryId(key, link.platform, link.conversationId),
      key,
      notification,
      platform: link.platform,
      conversationId: link.conversationId,
      linkId: link._id,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    });
  }
  return links.length;
}
