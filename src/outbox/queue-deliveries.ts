import type { Platform } from '../domain/links/conversation-link.js';
import type { Delivery } from '../domain/notifications/notification.js';
import type { DeliveryFailureReason, OutboxEntry } from '../domain/notifications/outbox-entry.js';
import { routesToPerson, type PersonRoute } from '../domain/notifications/person-routes.js';
import type { Stores } from '../store/stores.js';
import { outboxEntryId } from '../store/outbox.js';
import { identitiesOf } from '../store/person-identities.js';

/** What queueing found: how many messages went into the outbox, and the deliveries that reach nobody. */
export interface QueuedDeliveries {
  readonly queued: number;
  /**
   * The deliveries that reach nobody: a person with no identity on any platform, a district with no linked
   * channel. Each is kept as a failed delivery with its reason ("show failed deliveries"), and the caller
   * says so to whoever caused it.
   */
  readonly unreachable: Delivery[];
}

type QueueStores = Pick<Stores, 'conversationLinks' | 'outbox' | 'people'>;

/**
 * Turns the domain's deliveries into outbox entries, one per conversation they reach. A person the bot has
 * no personal chat with on a platform where it knows them gets an entry that opens the chat first (see
 * open-personal-chat.ts). Nothing is dropped: what reaches nobody is stored as failed, with why.
 */
export async function queueDeliveries(
  stores: QueueStores,
  deliveries: readonly Delivery[],
  now: Date,
): Promise<QueuedDeliveries> {
  let queued = 0;
  const unreachable: Delivery[] = [];
  // Written together: a notice to hundreds of channels is one insert, not hundreds.
  const toQueue: OutboxEntry[] = [];
  for (const delivery of deliveries) {
    const entries = await entriesFor(stores, delivery, now);
    if (entries.length === 0) {
      unreachable.push(delivery);
      // A message for the managers' channels is itself the second path of one that was kept as failed, and
      // its sender is told at once that no such channel is chosen: kept too, it would only be listed twice.
      if (delivery.destination.kind !== 'managers_channels') toQueue.push(unreachableEntry(delivery, now));
    }
    toQueue.push(...entries);
    queued += entries.length;
  }
  await stores.outbox.enqueueAll(toQueue);
  return { queued, unreachable };
}

/**
 * The deliveries that would reach nobody if they were queued now, queueing nothing: for a receipt that promises
 * messages later (a planned day's notice), so the sender hears now whom it will not reach.
 */
export async function unreachableDeliveries(
  stores: QueueStores,
  deliveries: readonly Delivery[],
  now: Date,
): Promise<Delivery[]> {
  const unreachable: Delivery[] = [];
  for (const delivery of deliveries) {
    if ((await entriesFor(stores, delivery, now)).length === 0) unreachable.push(delivery);
  }
  return unreachable;
}

/**
 * The delivery's entries. Once a delivery that reached nobody has been sent on where it can go now (a chat
 * the person wrote in, a channel linked since), that entry stands for it there: queueing the same delivery
 * again adds no second copy to the same conversation.
 */
async function entriesFor(stores: QueueStores, delivery: Delivery, now: Date): Promise<OutboxEntry[]> {
  const routed = await routedEntries(stores, delivery, now);
  const earlier = await stores.outbox.findById(unreachableEntry(delivery, now)._id);
  if (!earlier?.platform) return routed;
  return [earlier, ...routed.filter((entry) => entry.conversationId !== earlier.conversationId)];
}

async function routedEntries(stores: QueueStores, delivery: Delivery, now: Date): Promise<OutboxEntry[]> {
  const { destination } = delivery;
  switch (destination.kind) {
    case 'district_channels': {
      const channels = await stores.conversationLinks.channelsForDistrict(destination.districtId);
      return channels
        .filter((link) => destination.audiences.includes(link.audience ?? 'district'))
        .map((link) => ({
          ...pending(delivery, link.platform, now),
          _id: outboxEntryId(ledgerKey(delivery), link.platform, link.conversationId),
          conversationId: link.conversationId,
          linkId: link._id,
        }));
    }
    case 'managers_channels': {
      const channels = await stores.conversationLinks.managersChannels(destination.districtId);
      return channels.map((link) => ({
        ...pending(delivery, link.platform, now),
        _id: outboxEntryId(ledgerKey(delivery), link.platform, link.conversationId),
        conversationId: link.conversationId,
        linkId: link._id,
      }));
    }
    case 'person': {
      const routes = await personRoutes(stores, destination.personId);
      return routes.map((route) => ({
        ...pending(delivery, route.platform, now),
        // One entry per message and person on a platform, whether the chat was open or had to be opened.
        _id: outboxEntryId(ledgerKey(delivery), route.platform, `person:${destination.personId}`),
        personId: destination.personId,
        ...routeFields(route),
      }));
    }
  }
}

/** The ways a personal message can reach this person now (see routesToPerson). */
export async function personRoutes(
  stores: Pick<Stores, 'conversationLinks' | 'people'>,
  personId: string,
): Promise<PersonRoute[]> {
  const [person, chats] = await Promise.all([
    stores.people.findById(personId),
    stores.conversationLinks.personalChatsOf(personId),
  ]);
  return routesToPerson(identitiesOf(person), chats);
}

/** What an outbox entry holds of its route: the chat it goes to, or whom to open one with. */
export function routeFields(route: PersonRoute): Pick<OutboxEntry, 'conversationId' | 'linkId' | 'openChatWith'> {
  if (route.kind === 'chat') return { conversationId: route.link.conversationId, linkId: route.link._id };
  return { conversationId: chatToOpenId(route.platform, route.platformUserId), openChatWith: route.platformUserId };
}

/** Stands for a chat not opened yet: the message's conversation until it is (one person, one lane). */
function chatToOpenId(platform: Platform, platformUserId: string): string {
  return `to-open:${platform}:${platformUserId}`;
}

/** What makes a delivery's entry ids: its key, and for a copy posted again, which copy it is. */
function ledgerKey(delivery: Delivery): string {
  return delivery.copy ? `${delivery.key}\n${delivery.copy}` : delivery.key;
}

function pending(delivery: Delivery, platform: Platform, now: Date) {
  return {
    key: delivery.key,
    notification: delivery.notification,
    platform,
    ...(delivery.senderId ? { senderId: delivery.senderId } : {}),
    status: 'pending' as const,
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
  };
}

/** A delivery that reaches nobody, kept as failed with why, so it is listed and sent once it can be. */
function unreachableEntry(delivery: Delivery, now: Date): OutboxEntry {
  const { destination } = delivery;
  const [target, because, reason] = whyUnreachable(destination);
  return {
    _id: outboxEntryId(ledgerKey(delivery), 'none', target),
    key: delivery.key,
    notification: delivery.notification,
    conversationId: target,
    ...(destination.kind === 'person' ? { personId: destination.personId } : {}),
    ...(destination.kind === 'district_channels'
      ? { districtId: destination.districtId, audiences: [...destination.audiences] }
      : {}),
    status: 'failed',
    failedBecause: because,
    lastError: reason,
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
  };
}

/** Whom a delivery that reaches nobody was for, and why it reaches nobody, in words for the failed list. */
function whyUnreachable(destination: Delivery['destination']): [string, DeliveryFailureReason, string] {
  switch (destination.kind) {
    case 'person':
      return [
        `person:${destination.personId}`,
        'no_identity',
        'the bot knows no Teams or Slack account of theirs, and they have no chat with it',
      ];
    case 'district_channels':
      return [
        `district:${destination.districtId}`,
        'no_channel',
        'no channel is linked to the district for this message',
      ];
    case 'managers_channels':
      return ['managers', 'no_channel', 'no channel is chosen as the managers’ channel'];
  }
}
