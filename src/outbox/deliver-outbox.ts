import type { Notification } from '../domain/notifications/notification.js';
import type { Platform } from '../domain/links/conversation-link.js';
import type { Logger } from '../logger.js';
import type { Stores } from '../store/stores.js';
import { DeliveryError, type OutgoingCard, type PlatformSender } from './platform-sender.js';

/** Renders a notification with the facts as they are now; null when there is nothing to say any more. */
export type NotificationRenderer = (notification: Notification) => Promise<OutgoingCard | null>;

export interface OutboxDeps {
  readonly stores: Pick<Stores, 'outbox' | 'conversationLinks'>;
  readonly senders: Partial<Record<Platform, PlatformSender>>;
  readonly render: NotificationRenderer;
  readonly logger: Logger;
  /** Who is sending, for leases: one id per running instance. */
  readonly owner: string;
}

const LEASE_MS = 60_000;
const MAX_TRANSIENT_ATTEMPTS = 8;

/**
 * Sends every message that is ready, one at a time, and records each outcome. A message is marked sent
 * only after the platform accepted it; rate limits and passing faults put it back with a delay (honouring
 * Retry-After, else exponential backoff with jitter); a conversation that is gone fails for good and its
 * link is marked broken for the QA manager. Returns how many were sent.
 */
export async function deliverReadyMessages(deps: OutboxDeps, now: () => Date): Promise<number> {
  let sent = 0;
  for (;;) {
    const started = now();
    const entry = await deps.stores.outbox.claimReady(started, deps.owner, new Date(started.getTime() + LEASE_MS));
    if (!entry) return sent;
    const link = await deps.stores.conversationLinks.collection.findById(entry.linkId);
    const sender = deps.senders[entry.platform];
    if (!link || link.status === 'broken' || !sender) {
      await deps.stores.outbox.markFailed(
        entry._id,
        !sender ? `no ${entry.platform} connection is configured` : 'the conversation link is broken or gone',
      );
      continue;
    }
    try {
      const message = await deps.render(entry.notification);
      if (!message) {
        await deps.stores.outbox.markFailed(entry._id, 'nothing to send any more (the subject was removed)');
        continue;
      }
      const { messageId } = await sender.post(link, message);
      await deps.stores.outbox.markSent(entry._id, messageId, now());
      sent += 1;
    } catch (error) {
      await recordFailure(deps, entry._id, entry.attempts, link._id, error, now());
    }
  }
}

async function recordFailure(deps: OutboxDeps, id: string, attempts: number, linkId: string, error: unknown, at: Date) {
  const failure = error instanceof DeliveryError ? error : new DeliveryError('transient', String(error));
  deps.logger.warn({ outboxId: id, failure: failure.failure, attempts }, 'delivery failed');
  switch (failure.failure) {
    case 'gone':
      await deps.stores.outbox.markFailed(id, failure.message);
      await deps.stores.conversationLinks.collection.raw.updateOne(
        { _id: linkId },
        { $set: { status: 'broken', updatedAt: at } },
      );
      return;
    case 'rate_limited':
      await deps.stores.outbox.retryLater(id, new Date(at.getTime() + (failure.retryAfterMs ?? 1000)), failure.message);
      return;
    case 'transient':
      if (attempts >= MAX_TRANSIENT_ATTEMPTS) {
        await deps.stores.outbox.markFailed(id, `gave up after ${attempts} tries: ${failure.message}`);
        return;
      }
      await deps.stores.outbox.retryLater(id, new Date(at.getTime() + backoffMs(attempts)), failure.message);
      return;
  }
}

/** 1 s, 2 s, 4 s … up to 5 minutes, with full jitter so retries from many messages spread out. */
export function backoffMs(attempts: number): number {
  const ceiling = Math.min(300_000, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

/** Updates every delivered copy of a message in place, e.g. the notice card when someone replies. */
export async function refreshDeliveredCopies(
  deps: Omit<OutboxDeps, 'owner'>,
  key: string,
  notification: Notification,
): Promise<void> {
  const copies = await deps.stores.outbox.sentCopiesOf(key);
  if (copies.length === 0) return;
  const message = await deps.render(notification);
  if (!message) return;
  for (const copy of copies) {
    const link = await deps.stores.conversationLinks.collection.findById(copy.linkId);
    const sender = deps.senders[copy.platform];
    if (!link || !sender || !copy.sentMessageId) continue;
    try {
      await sender.update(link, copy.sentMessageId, message);
    } catch (error) {
      // A copy that cannot be refreshed now is refreshed with the next change; the reply itself is saved.
      deps.logger.warn({ outboxId: copy._id, error: String(error) }, 'could not refresh a delivered message');
    }
  }
}
