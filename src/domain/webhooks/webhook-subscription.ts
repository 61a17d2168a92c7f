import { z } from 'zod/v4';
import { entityId } from '../shared/fields.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { WEBHOOK_EVENT_TYPES, type WebhookEvent } from './webhook-event.js';

/** Host names that never leave the machine: the only ones a receiver may be reached at over plain http. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A system that hears of events: where they are posted, which ones, for which districts, and the secret
 * they are signed with. The secret has to be kept as it is (signing needs it), so it is shown once when the
 * subscription is added and never printed or listed again.
 */
export const webhookSubscriptionSchema = z.strictObject({
  _id: entityId,
  url: z.url().max(2000),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1).max(WEBHOOK_EVENT_TYPES.length),
  /** 'all', or the districts whose events it hears of. */
  districtIds: z.union([z.literal('all'), z.array(entityId).min(1).max(200)]),
  /** Standard Webhooks form: `whsec_` and the key in base64. */
  secret: z.string().regex(/^whsec_[A-Za-z0-9+/]{32,}={0,2}$/),
  status: z.enum(['active', 'disabled']),
  /** Why it was disabled: by the command line, or because the receiver answered 410 Gone. */
  disabledReason: z.string().min(1).max(500).optional(),
  /** Each change adds one: the audit trail's step number. */
  version: z.number().int().min(1),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type WebhookSubscription = z.infer<typeof webhookSubscriptionSchema>;

/** Whether a subscription hears of this event now. */
export function hearsOf(subscription: WebhookSubscription, event: WebhookEvent): boolean {
  return (
    subscription.status === 'active' &&
    subscription.events.includes(event.type) &&
    (subscription.districtIds === 'all' || subscription.districtIds.includes(event.district.id))
  );
}

/**
 * A receiver's address as given on the command line. https is required: the payload and its signature must
 * not be readable or replayable on the way. Plain http is allowed only to this machine (localhost,
 * 127.0.0.1, ::1), where nothing travels over a network, e.g. a relay or a test receiver. User names and
 * passwords in the address are refused: they would be stored and shown in logs; the signature is how the
 * receiver knows the bot.
 */
export function receiverUrl(text: string): Outcome<string> {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return refuse('invalid_input', `“${text}” is not a web address (it should look like https://example.org/hooks).`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    return refuse('invalid_input', 'A webhook address must start with https:// (plain http only to this machine).');
  }
  if (url.username || url.password) {
    return refuse(
      'invalid_input',
      'Leave the user name and password out of the address: the signature proves the sender.',
    );
  }
  if (url.hash) return refuse('invalid_input', 'A webhook address has no #fragment.');
  if (url.href.length > 2000) return refuse('invalid_input', 'That address is too long.');
  return succeed(url.href);
}

/** The receiver as the failed-deliveries list shows it: no query string, which may hold a key of theirs. */
export function receiverLabel(url: string): string {
  const { origin, pathname } = new URL(url);
  return `${origin}${pathname}`;
}
