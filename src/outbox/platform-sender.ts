import type { ConversationLink, Platform } from '../domain/links/conversation-link.js';
import type { SendLimit } from './send-pacer.js';

/** A rendered message: the Adaptive Card (Teams shows it as is, Slack gets it converted) and a text fallback. */
export interface OutgoingCard {
  readonly card: Record<string, unknown>;
  /** Shown in notifications and by clients that cannot show the card; case references only. */
  readonly text: string;
}

/** The calls the outbox makes into a conversation, each paced by the platform's own limits for it. */
export type PlatformCall = 'post' | 'update' | 'look_up';

/** A personal chat the platform opened (or gave back, when one was already open) with a person. */
export interface OpenedChat {
  readonly conversationId: string;
  /** What the platform needs to post there later, stored on the conversation's link. */
  readonly address: Record<string, unknown>;
}

/** Whom to open a personal chat with, and a conversation the bot shares with them to open it through. */
export interface ChatToOpen {
  readonly platformUserId: string;
  /**
   * A team channel or chat the bot is in on that platform (Teams opens the chat through its service address
   * and tenant); undefined when the bot shares none.
   */
  readonly via: ConversationLink | undefined;
}

/**
 * Posts to and updates messages in one platform's conversations. Teams and Slack each implement it; the
 * outbox is the only caller, so rate limits and retries are handled once.
 */
export interface PlatformSender {
  readonly platform: Platform;
  /**
   * Posts a message. `deliveryId` is the send ledger's stable identity of this message in this conversation;
   * a platform that can carry it with the post does, so that `findEarlierPost` can recognise the post later.
   */
  post(link: ConversationLink, message: OutgoingCard, deliveryId?: string): Promise<{ messageId: string }>;
  update(link: ConversationLink, messageId: string, message: OutgoingCard): Promise<void>;
  /**
   * Opens the bot's personal chat with a person who never wrote to it, or gives back the one already open:
   * both platforms answer the same chat for the same person, so asking again after a lost answer opens no
   * second chat.
   */
  openPersonalChat(chat: ChatToOpen): Promise<OpenedChat>;
  /** The platform's published limits that opening a personal chat counts against. */
  limitsForOpening?(chat: ChatToOpen): readonly SendLimit[];
  /** The platform's published limits that a call into this conversation counts against. */
  limitsFor?(link: ConversationLink, call: PlatformCall): readonly SendLimit[];
  /**
   * The id of a post of this delivery made in the conversation since `since`, or null when there is none.
   * Only a platform that lets the bot read back its conversation has it; without it, a post whose outcome is
   * unknown is never made again (see deliver-claimed.ts).
   */
  findEarlierPost?(link: ConversationLink, deliveryId: string, since: Date): Promise<string | null>;
}

export type DeliveryFailure =
  /** The platform said "too many requests": wait as long as it asked. */
  | 'rate_limited'
  /** A passing fault that refused the message (412, 503, no connection): it was not posted; try again later. */
  | 'transient'
  /** A fault after the message was sent (502, 504, a timeout): it may have been posted; look before posting again. */
  | 'unconfirmed'
  /** The conversation is gone or the bot was removed (404, 403): never retried. */
  | 'gone'
  /** The platform refused this message as it is (400, 413): sending it again would fail the same way. */
  | 'rejected';

export class DeliveryError extends Error {
  constructor(
    readonly failure: DeliveryFailure,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** Classifies an HTTP status from a platform API into what the outbox should do about it. */
export function deliveryErrorForStatus(
  status: number,
  retryAfterSeconds: number | undefined,
  detail: string,
): DeliveryError {
  if (status === 429)
    return new DeliveryError('rate_limited', `rate limited: ${detail}`, (retryAfterSeconds ?? 1) * 1000);
  if (status === 404 || status === 403)
    return new DeliveryError('gone', `the conversation is gone (${status}): ${detail}`);
  if (status === 400 || status === 413)
    return new DeliveryError('rejected', `the platform refused the message (${status}): ${detail}`);
  // The request was turned away before it was acted on: a conflict on the conversation, or no service.
  if (status === 412 || status === 503 || status < 500)
    return new DeliveryError('transient', `platform answered ${status}: ${detail}`);
  return new DeliveryError('unconfirmed', `platform answered ${status} after the message was sent: ${detail}`);
}

/**
 * Failures that mean the request went out and no answer came in time: the platform may have acted on it.
 * A reset or closed connection is not among them: it is nearly always a kept-alive connection the other
 * side had already closed, so the request never arrived.
 */
const CUT_OFF_AFTER_SENDING = new Set([
  'AbortError',
  'TimeoutError',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/**
 * Whether a call that failed without an HTTP answer may still have reached the platform (it timed out
 * waiting for the answer). Anything else — no connection, a reset connection, a failed sign-in — failed
 * before the platform could act on it.
 */
export function mayHaveBeenSent(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && typeof cause === 'object' && depth < 4; depth += 1) {
    const { name, code } = cause as { name?: unknown; code?: unknown };
    if (CUT_OFF_AFTER_SENDING.has(String(name)) || CUT_OFF_AFTER_SENDING.has(String(code))) return true;
    const next = cause as { cause?: unknown; original?: unknown };
    cause = next.cause ?? next.original;
  }
  return false;
}
