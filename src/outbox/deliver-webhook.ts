import type { Notification } from '../domain/notifications/notification.js';
import type { OutboxEntry } from '../domain/notifications/outbox-entry.js';
import type { OutboxDeps } from './outbox-deps.js';
import { DeliveryError } from './platform-sender.js';
import { backOff } from './record-failure.js';
import type { SendLimit, SendPacer } from './send-pacer.js';
import { takeSlotOrPutBack } from './take-slot.js';
import { WebhookSender } from './webhook-sender.js';

/** Who disables a subscription whose receiver answered 410 Gone, in the audit trail. */
export const OUTBOX_ACTOR_ID = 'system:outbox';

/**
 * Posts to one receiver at a time (its entries share a lane, see queue-webhook-events.ts) and at most this
 * many a second, so a backlog after an outage does not flood it.
 */
const RECEIVER_LIMIT = { calls: 10, windowMs: 1000 };

export type WebhookEntry = OutboxEntry & { readonly notification: Extract<Notification, { kind: 'webhook_event' }> };

export function isWebhookEntry(entry: OutboxEntry): entry is WebhookEntry {
  return entry.notification.kind === 'webhook_event';
}

/**
 * Delivers one claimed webhook event: at least once. Unlike a chat post, an event whose post was cut off (a
 * timeout, the bot killed mid-post) is simply posted again: it carries the same webhook-id every time, and
 * receivers de-duplicate by it, as Standard Webhooks asks of them. Returns true when it was delivered.
 */
export async function deliverWebhook(
  deps: OutboxDeps,
  pacer: SendPacer,
  entry: WebhookEntry,
  now: () => Date,
): Promise<boolean> {
  const { outbox, webhookSubscriptions } = deps.stores;
  const { subscriptionId, event } = entry.notification;
  const subscription = await webhookSubscriptions.findById(subscriptionId);
  if (!subscription || subscription.status !== 'active') {
    await outbox.markFailed(
      entry._id,
      subscription?.disabledReason ?? 'the subscription was removed',
      'subscription_off',
    );
    return false;
  }
  const limits: SendLimit[] = [{ key: entry.conversationId, ...RECEIVER_LIMIT }];
  const permit = await takeSlotOrPutBack(deps, pacer, limits, entry, now);
  if (!permit) return false;
  try {
    const sender = deps.webhooks ?? new WebhookSender();
    await sender.post({
      url: subscription.url,
      secret: subscription.secret,
      eventId: event.id,
      body: JSON.stringify(event),
    });
  } catch (error) {
    await recordWebhookFailure(deps, pacer, entry, error, now());
    return false;
  } finally {
    permit.release();
  }
  await outbox.markSent(entry._id, event.id, now());
  return true;
}

/**
 * 410 Gone: the event is kept as failed and the subscription disabled (audited; listed by "show failed
 * deliveries"). 429: wait as asked. Anything else: back off and try again, until given up on and listed.
 */
async function recordWebhookFailure(
  deps: OutboxDeps,
  pacer: SendPacer,
  entry: WebhookEntry,
  error: unknown,
  at: Date,
): Promise<void> {
  const failure = error instanceof DeliveryError ? error : new DeliveryError('transient', String(error));
  deps.logger.warn(
    { outboxId: entry._id, failure: failure.failure, failures: entry.failures ?? 0, reason: failure.message },
    'webhook delivery failed',
  );
  if (failure.failure === 'gone') {
    await deps.stores.outbox.markFailed(entry._id, failure.message, 'receiver_gone');
    await deps.stores.webhookSubscriptions.disable(entry.notification.subscriptionId, failure.message, {
      actorId: OUTBOX_ACTOR_ID,
      commandId: entry._id,
      at,
    });
    return;
  }
  if (failure.failure === 'rate_limited') {
    const waitMs = failure.retryAfterMs ?? 1000;
    pacer.pause(entry.conversationId, waitMs);
    await deps.stores.outbox.retryLater(entry._id, new Date(at.getTime() + waitMs), failure.message);
    return;
  }
  await backOff(deps, entry, failure, at);
}
