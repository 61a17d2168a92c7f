import { Webhook } from 'standardwebhooks';
import { DeliveryError, deliveryErrorForStatus } from './platform-sender.js';
import { retryAfterMs } from './retry-after.js';

/** One signed post of an event to a receiver. */
export interface WebhookPost {
  readonly url: string;
  /** The subscription's `whsec_…` secret. */
  readonly secret: string;
  /** The event's id: the same on every retry, so the receiver can de-duplicate by it. */
  readonly eventId: string;
  /** The payload exactly as signed. */
  readonly body: string;
}

/** How long a receiver has to answer before the post counts as failed and is tried again later. */
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * Posts events to receivers, signed as Standard Webhooks specifies (standardwebhooks.com): the headers
 * `webhook-id` (the event id), `webhook-timestamp` (seconds since 1970, when this attempt was made) and
 * `webhook-signature` (`v1,` and the base64 HMAC-SHA256, keyed with the secret, of "id.timestamp.body").
 * Any 2xx is delivered; every failure is thrown as a DeliveryError for the outbox to act on.
 */
export class WebhookSender {
  constructor(
    private readonly options: {
      readonly timeoutMs?: number;
      /**
       * The clock the signature's timestamp is taken from: the real one, since the receiver checks it against its
       * own clock to refuse replayed posts.
       */
      readonly clock?: () => Date;
    } = {},
  ) {}

  async post(post: WebhookPost): Promise<void> {
    const at = this.options.clock?.() ?? new Date();
    const signature = new Webhook(post.secret).sign(post.eventId, at, post.body);
    let response: Response;
    try {
      response = await fetch(post.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': post.eventId,
          'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
          'webhook-signature': signature,
        },
        body: post.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS),
      });
    } catch (error) {
      // No answer, or none in time: the receiver may have it, and de-duplicates by webhook-id, so it is sent again.
      throw new DeliveryError('transient', `the receiver did not answer: ${describe(error)}`);
    }
    // The answer's body is not needed; reading it frees the connection.
    await response.arrayBuffer().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return;
    throw webhookFailure(response);
  }
}

/**
 * 410 Gone: the receiver asks never to be sent to again. 429: wait as asked. Anything else — a 5xx, a
 * redirect (not followed: the signed post must go where it was registered), a 4xx — is tried again later.
 */
function webhookFailure(response: Response): DeliveryError {
  const { status } = response;
  if (status === 410) return new DeliveryError('gone', 'the receiver answered 410 Gone');
  if (status === 429) {
    const wait = retryAfterMs(response.headers.get('retry-after'), response.headers.get('date'), Date.now());
    return deliveryErrorForStatus(429, wait === undefined ? undefined : Math.ceil(wait / 1000), 'the receiver');
  }
  return new DeliveryError('transient', `the receiver answered ${status}`);
}

function describe(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timed out';
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return cause?.code ? String(cause.code) : String(error);
}
