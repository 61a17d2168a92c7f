import type { ConversationLink } from '../domain/links/conversation-link.js';
import { notReachedDelivery } from '../domain/notifications/not-reached.js';
import type { OutboxEntry } from '../domain/notifications/outbox-entry.js';
import { conversationLinkId } from '../store/conversation-links.js';
import type { OutboxDeps } from './outbox-deps.js';
import { DeliveryError, type ChatToOpen, type PlatformSender } from './platform-sender.js';
import { queueDeliveries } from './queue-deliveries.js';
import { backOff } from './record-failure.js';
import type { SendPacer } from './send-pacer.js';
import { takeSlotOrPutBack } from './take-slot.js';

/** A message with its personal chat now open: the entry as it now stands in the ledger, and the chat's link. */
export interface OpenedFor {
  readonly entry: OutboxEntry;
  readonly link: ConversationLink;
}

/**
 * Opens the personal chat a message needs (its person never wrote to the bot on this platform), remembers
 * it as the person's chat, and points the message at it. Returns null when the message was handled instead:
 * put back for a slot or a wait the platform asked for, retried after a passing fault, or failed because the
 * platform will not let the bot reach the person (then it is sent once they write to the bot).
 *
 * Opening is safe to repeat: the platform gives back the same chat for the same person, so an answer lost
 * on the way (a 502, a timeout) is simply asked again, and the send ledger still keeps the post to one.
 */
export async function openPersonalChat(
  deps: OutboxDeps,
  pacer: SendPacer,
  sender: PlatformSender,
  entry: OutboxEntry,
  now: () => Date,
): Promise<OpenedFor | null> {
  const { outbox, conversationLinks } = deps.stores;
  if (!entry.openChatWith || !entry.personId) {
    await outbox.markFailed(entry._id, 'the message names no conversation and nobody to open one with', 'link_broken');
    return null;
  }
  const person = await deps.stores.people.findById(entry.personId);
  const via = await conversationLinks.sharedConversation(sender.platform, person?.districtIds ?? []);
  const chat: ChatToOpen = { platformUserId: entry.openChatWith, via: via ?? undefined };
  const permit = await takeSlotOrPutBack(deps, pacer, sender.limitsForOpening?.(chat) ?? [], entry, now);
  if (!permit) return null;
  let opened;
  try {
    opened = await sender.openPersonalChat(chat);
  } catch (error) {
    await recordOpeningFailure(deps, pacer, entry, error, now());
    return null;
  } finally {
    permit.release();
  }
  const id = conversationLinkId(sender.platform, opened.conversationId);
  const known = await conversationLinks.findById(id);
  const link = await conversationLinks.rememberSeen(
    {
      ...(known ?? {}),
      _id: id,
      platform: sender.platform,
      conversationId: opened.conversationId,
      kind: 'personal',
      personId: entry.personId,
      // An address read from the person's own message is fuller than the one the opening gives back.
      address: known?.status === 'active' ? known.address : opened.address,
      status: 'active',
      updatedAt: now(),
    },
    known,
  );
  await outbox.attachChat(entry._id, link);
  return { entry: { ...entry, conversationId: link.conversationId, linkId: link._id }, link };
}

/**
 * A refusal (403, 404, no shared team, no such user) fails the message with why, for "show failed
 * deliveries"; a 429 is waited out; anything else is a passing fault, retried with backoff (a lost answer
 * included, since opening again opens nothing new).
 */
async function recordOpeningFailure(
  deps: OutboxDeps,
  pacer: SendPacer,
  entry: OutboxEntry,
  error: unknown,
  at: Date,
): Promise<void> {
  const failure = error instanceof DeliveryError ? error : new DeliveryError('transient', String(error));
  deps.logger.warn(
    { outboxId: entry._id, failure: failure.failure, reason: failure.message },
    'could not open a personal chat',
  );
  switch (failure.failure) {
    case 'gone':
    case 'rejected': {
      const reason = `the bot could not open a chat with them: ${failure.message}`;
      await deps.stores.outbox.markFailed(entry._id, reason, 'cannot_open_chat');
      // Whoever caused the message heard, on their receipt, only who was known to be unreachable then.
      const tell = notReachedDelivery({ ...entry, lastError: reason });
      if (tell) await queueDeliveries(deps.stores, [tell], at);
      return;
    }
    case 'rate_limited': {
      const waitMs = failure.retryAfterMs ?? 1000;
      pacer.pause(entry.conversationId, waitMs);
      await deps.stores.outbox.retryLater(entry._id, new Date(at.getTime() + waitMs), failure.message);
      return;
    }
    case 'unconfirmed':
    case 'transient':
      return backOff(deps, entry, new DeliveryError('transient', failure.message), at);
  }
}
