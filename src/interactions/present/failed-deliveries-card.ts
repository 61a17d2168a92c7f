import type { Fact } from '../../cards/card-data.js';
import { CARD_LIMITS } from '../../cards/card-limits.js';
import { displayDateTime } from '../../cards/display-time.js';
import type { ConversationLink } from '../../domain/links/conversation-link.js';
import type { DeliveryFailureReason, OutboxEntry } from '../../domain/notifications/outbox-entry.js';
import type { Stores } from '../../store/stores.js';
import { answer } from './message-cards.js';
import { MESSAGE_NAMES } from './not-reached-message.js';
import { peopleNames } from './people-names.js';
import type { Reply } from '../reply.js';

const PLATFORM_NAMES: Record<ConversationLink['platform'], string> = { teams: 'Teams', slack: 'Slack' };
const KIND_NAMES: Record<ConversationLink['kind'], string> = {
  channel: 'channel',
  group: 'group chat',
  personal: 'personal chat',
};

/** What each way of failing means to the person reading the list. */
const FAILURE_LABELS: Record<DeliveryFailureReason, string> = {
  conversation_gone: 'Not delivered: the bot was removed or the conversation is gone',
  unconfirmed: 'May have been delivered: look in the conversation',
  gave_up: 'Not delivered: the platform kept failing',
  rejected: 'Not delivered: the platform refused the message',
  not_configured: 'Not delivered: the bot has no connection to that platform',
  link_broken: 'Not delivered: the conversation link is broken',
  nothing_to_send: 'Not sent: what it was about was removed',
  no_identity: 'Not delivered: the bot has no way to reach them; it is sent when they write to the bot',
  cannot_open_chat: 'Not delivered: the bot could not open a chat with them; it is sent when they write to the bot',
  no_channel: 'Not delivered: no channel is linked to the district',
  receiver_gone: 'Not delivered: the receiver answered 410 Gone, so its webhook subscription was disabled',
  subscription_off: 'Not delivered: the webhook subscription was disabled or removed',
};

/**
 * "show failed deliveries": conversations the bot can no longer post to, then messages it gave up on, each
 * with where it was going and why, newest first.
 */
export async function failedDeliveriesReceipt(
  stores: Pick<Stores, 'conversationLinks' | 'districts' | 'people'>,
  broken: readonly ConversationLink[],
  failed: readonly OutboxEntry[],
  now: Date,
): Promise<Reply> {
  const linkIds = new Set(failed.flatMap((entry) => (entry.linkId ? [entry.linkId] : [])));
  const links = new Map(broken.map((link) => [link._id, link]));
  for (const id of linkIds) {
    const link = links.get(id) ?? (await stores.conversationLinks.findById(id));
    if (link) links.set(id, link);
  }
  const where = await placeNames(stores, [...links.values()]);
  const whom = await recipientNames(stores, failed);
  const brokenFacts: Fact[] = broken.map((link) => ({
    title: `Broken link: ${where(link)}`,
    value: `${link.brokenReason ?? 'The bot can no longer post there'} (since ${displayDateTime(link.updatedAt)})`,
  }));
  const failedFacts: Fact[] = failed.map((entry) => {
    const link = entry.linkId ? links.get(entry.linkId) : undefined;
    const { notification } = entry;
    const webhook = notification.kind === 'webhook_event';
    const what = webhook ? `Webhook event ${notification.event.type}` : MESSAGE_NAMES[notification.kind];
    const label = entry.failedBecause
      ? webhook && entry.failedBecause === 'gave_up'
        ? 'Not delivered: the receiver kept failing'
        : FAILURE_LABELS[entry.failedBecause]
      : 'Not delivered';
    return {
      title: `${what} → ${link ? where(link) : whom(entry)}`,
      value: `${label}. ${entry.lastError ?? ''}`.trim(),
    };
  });
  const facts = [...brokenFacts, ...failedFacts].slice(0, CARD_LIMITS.receiptFacts);
  return answer(
    titleFor(broken.length, failed.length),
    facts,
    broken.length > 0
      ? 'Add the bot back to a broken conversation, or link another channel, and messages go there again.'
      : '',
    `As it stands on ${displayDateTime(now)}`,
  );
}

function titleFor(broken: number, failed: number): string {
  if (broken === 0 && failed === 0) return 'No failed deliveries';
  const parts = [
    ...(broken > 0 ? [`${broken} broken ${broken === 1 ? 'link' : 'links'}`] : []),
    ...(failed > 0 ? [`${failed} failed ${failed === 1 ? 'delivery' : 'deliveries'}`] : []),
  ];
  return `${parts.join(' and ')} (newest first)`;
}

/**
 * Where a message with no conversation was going: "Teams, Dan Reeves" (a chat that could not be opened),
 * "Dan Reeves" (no platform at all), "Chesterfield's channels" (none linked).
 */
async function recipientNames(
  stores: Pick<Stores, 'districts' | 'people'>,
  failed: readonly OutboxEntry[],
): Promise<(entry: OutboxEntry) => string> {
  const people = await peopleNames(
    stores,
    failed.flatMap((entry) => (entry.personId && !entry.linkId ? [entry.personId] : [])),
  );
  const districts = new Map((await stores.districts.all()).map((district) => [district._id, district.name]));
  return (entry) => {
    // A webhook by its address without the query string (which may hold a key); never its secret.
    if (entry.notification.kind === 'webhook_event') return entry.notification.receiver;
    const platform = entry.platform ? PLATFORM_NAMES[entry.platform] : undefined;
    const recipient = entry.personId
      ? people.get(entry.personId)
      : entry.districtId && `${districts.get(entry.districtId) ?? entry.districtId}’s channels`;
    return [platform, recipient].filter(Boolean).join(', ') || 'nowhere';
  };
}

/** "Teams channel for Chesterfield", "Slack personal chat with Jo Bennett". */
async function placeNames(
  stores: Pick<Stores, 'districts' | 'people'>,
  links: readonly ConversationLink[],
): Promise<(link: ConversationLink) => string> {
  const districts = new Map((await stores.districts.all()).map((district) => [district._id, district.name]));
  const people = await peopleNames(
    stores,
    links.flatMap((link) => (link.personId ? [link.personId] : [])),
  );
  return (link) => {
    const conversation = `${PLATFORM_NAMES[link.platform]} ${KIND_NAMES[link.kind]}`;
    if (link.personId) return `${conversation} with ${people.get(link.personId) ?? link.personId}`;
    if (link.districtId) return `${conversation} for ${districts.get(link.districtId) ?? link.districtId}`;
    if (link.purpose === 'managers') return `${conversation} for the managers`;
    return conversation;
  };
}
