import type { ConversationLink } from '../domain/links/conversation-link.js';
import type { OutboxEntry } from '../domain/notifications/outbox-entry.js';
import { deliverWebhook, isWebhookEntry } from './deliver-webhook.js';
import { openPersonalChat, type OpenedFor } from './open-personal-chat.js';
import type { OutboxDeps } from './outbox-deps.js';
import type { PlatformCall, PlatformSender } from './platform-sender.js';
import { recordFailure, unconfirmedReason } from './record-failure.js';
import { deliverReplacement, isReplacementEntry } from './replace-card.js';
import type { SendLimit, SendPacer } from './send-pacer.js';
import { takeSlotOrPutBack } from './take-slot.js';

/** How far before an unheard post to start looking for it: room for the platform's clock to differ from ours. */
const CLOCK_DIFFERENCE_MARGIN_MS = 5 * 60_000;

/**
 * Delivers one claimed message (an event for a webhook goes its own way: deliver-webhook.ts) and records the outcome in the send ledger (the outbox entry). Returns true
 * when the message is now known to be in its conversation.
 *
 * 1. A message whose last post was never heard back from (a 502, a timeout, the process died mid-send) is
 *    looked for first, where the platform lets the bot read its conversation; found, it is recorded as sent.
 *    Where it cannot be looked for (Teams' Bot Connector has no way to read a post back and no idempotency
 *    key), it is not posted again: it is kept as failed, "may have been delivered", for the QA manager.
 * 2. The message is rendered with today's facts and waits for its conversation's slot under the platform's
 *    limits.
 * 3. The ledger notes that a post is under way, the post is made, and its id is recorded. If recording fails,
 *    the mark stays, and the next attempt looks before posting.
 */
export async function deliverClaimed(
  deps: OutboxDeps,
  pacer: SendPacer,
  claimed: OutboxEntry,
  now: () => Date,
  /** The entry's link as read with its batch (null when it has none, or it is gone). */
  batchLink: ConversationLink | null,
): Promise<boolean> {
  if (isWebhookEntry(claimed)) return deliverWebhook(deps, pacer, claimed, now);
  const { outbox } = deps.stores;
  const sender = claimed.platform && deps.senders[claimed.platform];
  if (!sender) {
    await outbox.markFailed(
      claimed._id,
      `no ${claimed.platform ?? 'chat platform'} connection is configured`,
      'not_configured',
    );
    return false;
  }
  const target = await conversationOf(deps, pacer, sender, claimed, now, batchLink);
  if (!target) return false;
  const { link } = target;
  if (isReplacementEntry(target.entry)) return deliverReplacement(deps, pacer, sender, link, target.entry, now);
  const entry = await withUnheardAttemptNoted(deps, target.entry);

  let attemptedAt: Date | undefined;
  let posted: { messageId: string };
  try {
    if (entry.unconfirmedSince) {
      const earlier = await lookForEarlierPost(deps, pacer, sender, link, entry, now);
      if (earlier === 'handled') return false;
      if (earlier !== 'not_found') {
        await outbox.markSent(entry._id, earlier, now());
        return true;
      }
    }
    const message = await deps.render(entry.notification);
    if (!message) {
      await outbox.markFailed(entry._id, 'nothing to send any more (the subject was removed)', 'nothing_to_send');
      return false;
    }
    const permit = await takeSlotOrPutBack(deps, pacer, limitsOf(sender, link, 'post'), entry, now);
    if (!permit) return false;
    try {
      attemptedAt = now();
      await outbox.markAttemptStarted(entry._id, attemptedAt);
      posted = await sender.post(link, message, entry._id);
    } finally {
      permit.release();
    }
  } catch (error) {
    await recordFailure(deps, pacer, { entry, link, sender, error, at: now(), attemptedAt });
    return false;
  }
  await outbox.markSent(entry._id, posted.messageId, now());
  return true;
}

/**
 * The conversation the message goes to: its link, or for a person the bot has no chat with yet, the chat
 * opened now. Null when the message was handled instead (failed, or put back for later).
 */
async function conversationOf(
  deps: OutboxDeps,
  pacer: SendPacer,
  sender: PlatformSender,
  claimed: OutboxEntry,
  now: () => Date,
  link: ConversationLink | null,
): Promise<OpenedFor | null> {
  if (!claimed.linkId) return openPersonalChat(deps, pacer, sender, claimed, now);
  if (!link || link.status === 'broken') {
    await deps.stores.outbox.markFailed(claimed._id, 'the conversation link is broken or gone', 'link_broken');
    return null;
  }
  return { entry: claimed, link };
}

/** A post started on an earlier claim and never heard back from may have landed: note it as unconfirmed. */
async function withUnheardAttemptNoted(deps: OutboxDeps, entry: OutboxEntry): Promise<OutboxEntry> {
  const { attemptStartedAt } = entry;
  if (!attemptStartedAt) return entry;
  await deps.stores.outbox.markUnconfirmed(entry._id, attemptStartedAt);
  const since =
    entry.unconfirmedSince && entry.unconfirmedSince < attemptStartedAt ? entry.unconfirmedSince : attemptStartedAt;
  return { ...entry, unconfirmedSince: since, attemptStartedAt: undefined };
}

/**
 * Looks for an earlier post of this message. Returns its id, 'not_found' (safe to post), or 'handled' when
 * the message was put back or given up on instead.
 */
async function lookForEarlierPost(
  deps: OutboxDeps,
  pacer: SendPacer,
  sender: PlatformSender,
  link: ConversationLink,
  entry: OutboxEntry,
  now: () => Date,
): Promise<string | 'not_found' | 'handled'> {
  if (!sender.findEarlierPost) {
    const cause = 'the bot stopped while sending it, before the platform answered';
    await deps.stores.outbox.markFailed(entry._id, unconfirmedReason(sender.platform, cause), 'unconfirmed');
    return 'handled';
  }
  const permit = await takeSlotOrPutBack(deps, pacer, limitsOf(sender, link, 'look_up'), entry, now);
  if (!permit) return 'handled';
  try {
    const since = entry.unconfirmedSince ?? now();
    const found = await sender.findEarlierPost(link, entry._id, new Date(since.getTime() - CLOCK_DIFFERENCE_MARGIN_MS));
    return found ?? 'not_found';
  } finally {
    permit.release();
  }
}

export function limitsOf(sender: PlatformSender, link: ConversationLink, call: PlatformCall): readonly SendLimit[] {
  return sender.limitsFor?.(link, call) ?? [];
}
