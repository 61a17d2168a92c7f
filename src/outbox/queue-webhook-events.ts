import type { District } from '../domain/districts/district.js';
import type { OutboxEntry } from '../domain/notifications/outbox-entry.js';
import type { WebhookEvent } from '../domain/webhooks/webhook-event.js';
import { hearsOf, receiverLabel } from '../domain/webhooks/webhook-subscription.js';
import { outboxEntryId } from '../store/outbox.js';
import type { Stores } from '../store/stores.js';

/** Makes the event of a step from its district (by id and name); null when there is none to tell. */
export type EventBuilder = (district: Pick<District, '_id' | 'name'>) => WebhookEvent | null;

/**
 * Queues the event a step in a district makes (see queueWebhookEvent). The district is read for its name; one
 * removed since is named by its id. Returns how many were queued.
 */
export async function queueEventInDistrict(
  stores: Pick<Stores, 'outbox' | 'webhookSubscriptions' | 'districts'>,
  districtId: string,
  build: EventBuilder,
  now: Date,
): Promise<number> {
  const district = await stores.districts.findById(districtId);
  const event = build(district ?? { _id: districtId, name: districtId });
  return event ? queueWebhookEvent(stores, event, now) : 0;
}

/**
 * Queues an event for every active subscription that hears of it (its type, its district), one outbox entry
 * each. The entry's id is derived from the event's id and the subscription, so the same step queued twice (a
 * retried command, a job run again) is delivered once. Returns how many were queued.
 *
 * Each subscription is a lane of its own in the outbox (`webhook:<id>` as its conversation): its events go
 * one at a time, paced, while other receivers and the chats are sent to alongside.
 */
export async function queueWebhookEvent(
  stores: Pick<Stores, 'outbox' | 'webhookSubscriptions'>,
  event: WebhookEvent,
  now: Date,
): Promise<number> {
  const subscriptions = (await stores.webhookSubscriptions.hearingOf(event.type)).filter((subscription) =>
    hearsOf(subscription, event),
  );
  for (const subscription of subscriptions) {
    const key = `webhook:${event.id}`;
    const entry: OutboxEntry = {
      _id: outboxEntryId(key, 'webhook', subscription._id),
      key,
      notification: {
        kind: 'webhook_event',
        subscriptionId: subscription._id,
        receiver: receiverLabel(subscription.url),
        event,
      },
      conversationId: `webhook:${subscription._id}`,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    };
    await stores.outbox.enqueue(entry);
  }
  return subscriptions.length;
}
