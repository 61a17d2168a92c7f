import type { ConversationLink } from '../domain/links/conversation-link.js';
import type { Delivery } from '../domain/notifications/notification.js';
import type { Stores } from '../store/stores.js';
import { outboxEntryId } from '../store/outbox.js';

/**
 * Turns the domain's deliveries into outbox entries, one per conversation they reach. Returns the
 * deliveries that reach nobody (a district with no linked channel, a person the bot cannot message yet),
 * so the caller can say so instead of failing silently.
 */
export async function queueDeliveries(
  stores: Pick<Stores, 'conversationLinks' | 'outbox'>,
  deliveries: readonly Delivery[],
  now: Date,
): Promise<{ queued: number; unreachable: Delivery[] }> {
  let queued = 0;
  const unreachable: Delivery[] = [];
  for (const delivery of deliveries) {
    const links = await conversationsFor(stores, delivery);
    if (links.length === 0) unreachable.push(delivery);
    for (const link of links) {
      await stores.outbox.enqueue({
        _id: outboxEntryId(delivery.key, link.platform, link.conversationId),
        key: delivery.key,
        notification: delivery.notification,
        platform: link.platform,
        conversationId: link.conversationId,
        linkId: link._id,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        createdAt: now,
      });
      queued += 1;
    }
  }
  return { queued, unreachable };
}

async function conversationsFor(
  stores: Pick<Stores, 'conversationLinks'>,
  delivery: Delivery,
): Promise<ConversationLink[]> {
  const { destination } = delivery;
  switch (destination.kind) {
    case 'district_channels': {
      const channels = await stores.conversationLinks.channelsForDistrict(destination.districtId);
      return channels.filter((link) => destination.audiences.includes(link.audience ?? 'district'));
    }
    case 'person':
      return stores.conversationLinks.personalChatsOf(destination.personId);
  }
}
