import type { ConversationLink, Platform } from '../domain/links/conversation-link.js';
import type { OutboxEntry } from '../domain/notifications/outbox-entry.js';
import { backoffMs } from './backoff.js';
import type { OutboxDeps } from './outbox-deps.js';
import { DeliveryError, type PlatformSender } from './platform-sender.js';
import type { SendPacer } from './send-pacer.js';

/** Passing failures after which a message is given up on: it has been retried for 9 to 18 minutes by then. */
const MAX_FAILURES = 12;

const PLATFORM_NAMES: Record<Platform, string> = { teams: 'Teams', slack: 'Slack' };

export interface FailedCall {
  readonly entry: OutboxEntry;
  readonly link: ConversationLink;
  readonly sender: PlatformSender;
  readonly error: unknown;
  readonly at: Date;
  /** When the post that failed was started; absent when the call that failed was not a post. */
  readonly attemptedAt?: Date | undefined;
}

/**
 * Records what a failed call means for the message: wait as long as the platform asked (429); back off
 * and try again (a passing fault); look before posting again, or stop where the platform cannot be asked
 * (a fault after the message was sent); or give up and mark the conversation's link broken (404, 403).
 */
export async function recordFailure(deps: OutboxDeps, pacer: SendPacer, failed: FailedCall): Promise<void> {
  const { entry, link, sender, at } = failed;
  const { outbox } = deps.stores;
  const failure =
    failed.error instanceof DeliveryError ? failed.error : new DeliveryError('transient', String(failed.error));
  deps.logger.warn(
    { outboxId: entry._id, failure: failure.failure, attempts: entry.attempts, reason: failure.message },
    'delivery failed',
  );
  switch (failure.failure) {
    case 'gone':
      await outbox.markFailed(entry._id, failure.message, 'conversation_gone');
      await deps.stores.conversationLinks.markBroken(link._id, failure.message, at);
      return;
    case 'rejected':
      await outbox.markFailed(entry._id, failure.message, 'rejected');
      return;
    case 'rate_limited': {
      const waitMs = failure.retryAfterMs ?? 1000;
      pacer.pause(entry.conversationId, waitMs);
      await outbox.retryLater(entry._id, new Date(at.getTime() + waitMs), failure.message);
      return;
    }
    case 'unconfirmed':
      if (failed.attemptedAt) await outbox.markUnconfirmed(entry._id, failed.attemptedAt);
      if (!sender.findEarlierPost) {
        await outbox.markFailed(entry._id, unconfirmedReason(sender.platform, failure.message), 'unconfirmed');
        return;
      }
      return backOff(deps, entry, failure, at);
    case 'transient':
      return backOff(deps, entry, failure, at);
  }
}

/** A passing fault: try again after a growing wait, and give up after MAX_FAILURES of them. */
export async function backOff(deps: OutboxDeps, entry: OutboxEntry, failure: DeliveryError, at: Date): Promise<void> {
  const failures = (entry.failures ?? 0) + 1;
  if (failures >= MAX_FAILURES) {
    // Given up while an earlier post was still unaccounted for: it may be there all the same.
    const mayBeThere = entry.unconfirmedSince !== undefined || failure.failure === 'unconfirmed';
    await deps.stores.outbox.markFailed(
      entry._id,
      `gave up after ${failures} tries: ${failure.message}`,
      mayBeThere ? 'unconfirmed' : 'gave_up',
    );
    return;
  }
  await deps.stores.outbox.retryLater(entry._id, new Date(at.getTime() + backoffMs(failures)), failure.message, {
    countsAsFailure: true,
  });
}

/** What the QA manager reads about a message that may or may not have arrived. */
export function unconfirmedReason(platform: Platform, cause: string): string {
  return (
    `${cause}. ${PLATFORM_NAMES[platform]} gives no way to check whether it arrived, so it was not sent ` +
    'again, to avoid posting it twice.'
  );
}
