import type { District } from '../districts/district.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './webhook-event.js';
import { receiverUrl, type WebhookSubscription } from './webhook-subscription.js';

/** What `api:webhook add` was given, as typed. */
export interface SubscriptionRequest {
  readonly url: string;
  /** Comma-separated event types. */
  readonly events: string;
  /** 'all', or district names separated by semicolons ("Erewash;High Peak"). */
  readonly districts: string;
}

export type SubscriptionTerms = Pick<WebhookSubscription, 'url' | 'events' | 'districtIds'>;

/** Reads an add request against the districts the bot knows; each refusal says what to type instead. */
export function readSubscriptionRequest(
  request: SubscriptionRequest,
  districts: readonly Pick<District, '_id' | 'name'>[],
): Outcome<SubscriptionTerms> {
  const url = receiverUrl(request.url);
  if (!url.ok) return url;
  const events = readEvents(request.events);
  if (!events.ok) return events;
  const districtIds = readDistricts(request.districts, districts);
  if (!districtIds.ok) return districtIds;
  return succeed({ url: url.value, events: events.value, districtIds: districtIds.value });
}

function readEvents(text: string): Outcome<WebhookEventType[]> {
  const named = [
    ...new Set(
      text
        .split(',')
        .map((word) => word.trim())
        .filter(Boolean),
    ),
  ];
  const known = new Set<string>(WEBHOOK_EVENT_TYPES);
  const unknown = named.filter((name) => !known.has(name));
  if (named.length === 0 || unknown.length > 0) {
    return refuse(
      'invalid_input',
      `${unknown.length > 0 ? `Unknown event ${unknown.join(', ')}. ` : 'Name at least one event. '}` +
        `The events are: ${WEBHOOK_EVENT_TYPES.join(', ')}.`,
    );
  }
  return succeed(named as WebhookEventType[]);
}

function readDistricts(
  text: string,
  districts: readonly Pick<District, '_id' | 'name'>[],
): Outcome<WebhookSubscription['districtIds']> {
  if (text.trim().toLowerCase() === 'all') return succeed('all');
  const byName = new Map(districts.map((district) => [district.name.toLowerCase(), district._id]));
  const named = [
    ...new Set(
      text
        .split(';')
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ];
  const unknown = named.filter((name) => !byName.has(name.toLowerCase()));
  if (named.length === 0 || unknown.length > 0) {
    return refuse(
      'invalid_input',
      `${unknown.length > 0 ? `No district is called ${unknown.join(', ')}. ` : ''}` +
        `Give --districts all, or district names separated by semicolons: ${districts.map((d) => d.name).join('; ')}.`,
    );
  }
  return succeed(named.flatMap((name) => byName.get(name.toLowerCase()) ?? []));
}
