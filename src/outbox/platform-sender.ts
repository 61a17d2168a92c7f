import type { ConversationLink, Platform } from '../domain/links/conversation-link.js';

/** A rendered message: the Adaptive Card (Teams shows it as is, Slack gets it converted) and a text fallback. */
export interface OutgoingCard {
  readonly card: Record<string, unknown>;
  /** Shown in notifications and by clients that cannot show the card; case references only. */
  readonly text: string;
}

/**
 * Posts to and updates messages in one platform's conversations. Teams and Slack each implement it; the
 * outbox is the only caller, so rate limits and retries are handled once.
 */
export interface PlatformSender {
  readonly platform: Platform;
  post(link: ConversationLink, message: OutgoingCard): Promise<{ messageId: string }>;
  update(link: ConversationLink, messageId: string, message: OutgoingCard): Promise<void>;
}

export type DeliveryFailure =
  /** The platform said "too many requests": wait as long as it asked. */
  | 'rate_limited'
  /** A passing fault (502, 503, 504, 412, a timeout): try again later. */
  | 'transient'
  /** The conversation is gone or the bot was removed (404, 403): never retried. */
  | 'gone';

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
  return new DeliveryError('transient', `platform answered ${status}: ${detail}`);
}
