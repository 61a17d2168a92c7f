import type { ConversationLink } from '../domain/links/conversation-link.js';
import type { Notification } from '../domain/notifications/notification.js';
import type { OutboxEntry } from '../domain/notifications/outbox-entry.js';
import { outboxEntryId } from '../store/outbox.js';
import { backoffMs } from './backoff.js';
import type { OutboxDeps } from './outbox-deps.js';
import { DeliveryError, type OutgoingCard, type PlatformSender } from './platform-sender.js';
import { recordFailure } from './record-failure.js';
import type { SendPacer } from './send-pacer.js';
import { takeSlotOrPutBack } from './take-slot.js';

/** A posted card to be shown to everyone as it now stands, e.g. a form replaced by its receipt. */
export interface CardReplacement {
  /** Unique to this replacement (the command that answered the card): a retry of it is one outbox entry. */
  readonly key: string;
  /** The conversation the card is in. */
  readonly link: ConversationLink;
  /** The platform's id of the card's message. */
  readonly messageId: string;
  /** The card as everyone is to see it, worked out once the person who acted has had their answer. */
  readonly render: () => Promise<OutgoingCard>;
}

type ReplacementEntry = OutboxEntry & { readonly notification: Extract<Notification, { kind: 'card_replaced' }> };

export function isReplacementEntry(entry: OutboxEntry): entry is ReplacementEntry {
  return entry.notification.kind === 'card_replaced';
}

/**
 * Replaces the card now, after the person who acted has had their answer. Nothing is written when it works,
 * which is nearly always: the database is spared a write per submission. A passing failure (a 429, a 5xx, no
 * answer) keeps the replacement in the outbox to be tried again, as the outbox tries any message; a card that
 * is gone, or refused as it is, is only logged. Returns true when it was queued, for the caller to start a run.
 *
 * The first try is not paced, as the update made inside the turn was not: it follows a person's own press of a
 * button, one at a time, far below a conversation's limit; a 429 all the same pauses the conversation for the
 * outbox's pacing and the retry waits as long as the platform asked.
 */
export async function replaceCardNow(
  deps: OutboxDeps,
  pacer: SendPacer,
  replacement: CardReplacement,
  now: () => Date,
): Promise<boolean> {
  const { link, messageId } = replacement;
  const sender = deps.senders[link.platform];
  if (!sender) return false;
  const message = await replacement.render();
  try {
    await sender.update(link, messageId, message);
    return false;
  } catch (error) {
    const failure = error instanceof DeliveryError ? error : new DeliveryError('transient', String(error));
    deps.logger.warn({ failure: failure.failure, reason: failure.message }, 'could not replace a card for everyone');
    if (failure.failure === 'gone' || failure.failure === 'rejected') return false;
    const limited = failure.failure === 'rate_limited';
    if (limited) pacer.pause(link.conversationId, failure.retryAfterMs ?? 1000);
    const waitMs = limited ? (failure.retryAfterMs ?? 1000) : backoffMs(1);
    const failed = { waitMs, error: failure.message, countsAsFailure: !limited };
    await queueReplacement(deps, { ...replacement, message }, now(), failed);
    return true;
  }
}

async function queueReplacement(
  deps: OutboxDeps,
  { key, link, messageId, message }: Omit<CardReplacement, 'render'> & { readonly message: OutgoingCard },
  at: Date,
  failed: { readonly waitMs: number; readonly error: string; readonly countsAsFailure: boolean },
): Promise<void> {
  await deps.stores.outbox.enqueue({
    _id: outboxEntryId(key, link.platform, link.conversationId),
    key,
    notification: { kind: 'card_replaced', cardJson: JSON.stringify(message.card), text: message.text.slice(0, 4000) },
    platform: link.platform,
    conversationId: link.conversationId,
    linkId: link._id,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: new Date(at.getTime() + failed.waitMs),
    sentMessageId: messageId,
    lastError: failed.error.slice(0, 2000),
    failures: failed.countsAsFailure ? 1 : 0,
    createdAt: at,
  });
}

/**
 * The outbox's later try at a replacement that failed at first: the card is updated in place. Unlike a post,
 * an update made twice shows the same card, so an update whose answer never came is simply made again.
 */
export async function deliverReplacement(
  deps: OutboxDeps,
  pacer: SendPacer,
  sender: PlatformSender,
  link: ConversationLink,
  entry: ReplacementEntry,
  now: () => Date,
): Promise<boolean> {
  const { outbox } = deps.stores;
  const messageId = entry.sentMessageId;
  if (!messageId) {
    await outbox.markFailed(entry._id, 'no card to replace', 'nothing_to_send');
    return false;
  }
  const permit = await takeSlotOrPutBack(deps, pacer, sender.limitsFor?.(link, 'update') ?? [], entry, now);
  if (!permit) return false;
  try {
    const card = JSON.parse(entry.notification.cardJson) as Record<string, unknown>;
    await sender.update(link, messageId, { card, text: entry.notification.text });
  } catch (error) {
    const unheard = error instanceof DeliveryError && error.failure === 'unconfirmed';
    const retried = unheard ? new DeliveryError('transient', error.message) : error;
    await recordFailure(deps, pacer, { entry, link, sender, error: retried, at: now() });
    return false;
  } finally {
    permit.release();
  }
  await outbox.markSent(entry._id, messageId, now());
  return true;
}
