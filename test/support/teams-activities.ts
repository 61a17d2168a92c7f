import { randomUUID } from 'node:crypto';
import type { ConversationLink } from '../../src/domain/links/conversation-link.js';
import type { Person } from '../../src/domain/people/person.js';
import { aConversationLink, aPerson } from './fixtures.js';
import { responseBody } from './response-body.js';

/** Activities as Teams (through the Bot Connector) posts them to a bot's /api/messages. */
export interface TeamsConversation {
  readonly id: string;
  readonly type: 'channel' | 'personal' | 'groupChat';
  readonly tenantId: string;
}

export interface TeamsUser {
  readonly aadObjectId: string;
  readonly name: string;
}

/** A registered person whom Teams knows as this user (same name, same AAD object id). */
export function registered(user: TeamsUser, person: Partial<Person> & Pick<Person, '_id' | 'roles'>): Person {
  return aPerson({ displayName: user.name, identities: { teamsAadObjectId: user.aadObjectId }, ...person });
}

export const BOT = { id: '28:challenge-day-bot', name: 'Challenge Day' };

function base(serviceUrl: string, conversation: TeamsConversation, from: TeamsUser) {
  return {
    id: `activity-${randomUUID()}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: `29:${from.aadObjectId}`, aadObjectId: from.aadObjectId, name: from.name },
    recipient: BOT,
    conversation: {
      id: conversation.id,
      conversationType: conversation.type,
      tenantId: conversation.tenantId,
      isGroup: conversation.type !== 'personal',
    },
    channelData: { tenant: { id: conversation.tenantId } },
  };
}

export function botInstalled(serviceUrl: string, conversation: TeamsConversation, by: TeamsUser) {
  return { ...base(serviceUrl, conversation, by), type: 'conversationUpdate', membersAdded: [BOT] };
}

/**
 * A message typed in a conversation. Outside a personal chat Teams sends the bot only messages that @mention
 * it, unless the team has consented to the bot reading its channel messages: `mentionBot: false` is such a
 * message.
 */
export function message(
  serviceUrl: string,
  conversation: TeamsConversation,
  from: TeamsUser,
  text: string,
  { mentionBot = conversation.type !== 'personal' }: { mentionBot?: boolean } = {},
) {
  return {
    ...base(serviceUrl, conversation, from),
    type: 'message',
    text: mentionBot ? `<at>Challenge Day</at> ${text}` : text,
    entities: mentionBot ? [{ type: 'mention', text: '<at>Challenge Day</at>', mentioned: BOT }] : [],
  };
}

export function cardAction(
  serviceUrl: string,
  conversation: TeamsConversation,
  from: TeamsUser,
  replyToId: string,
  verb: string,
  data: Record<string, unknown>,
) {
  return {
    ...base(serviceUrl, conversation, from),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** A name typed into a people picker's typeahead: the `application/search` invoke Teams sends. */
export function searchTyped(
  serviceUrl: string,
  conversation: TeamsConversation,
  from: TeamsUser,
  dataset: string,
  queryText: string,
  skip = 0,
) {
  return {
    ...base(serviceUrl, conversation, from),
    type: 'invoke',
    name: 'application/search',
    value: { queryText, dataset, queryOptions: { skip, top: 15 } },
  };
}

/** Posts an activity to the bot the way the Bot Connector does. */
export async function postActivity(baseUrl: string, activity: unknown, authorization?: string) {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  return { status: response.status, body: responseBody(text) };
}

/** Visits every element of a card, in reading order. */
function eachElement(card: unknown, visit: (element: Record<string, unknown>) => void): void {
  if (Array.isArray(card)) card.forEach((node) => eachElement(node, visit));
  else if (card && typeof card === 'object') {
    const element = card as Record<string, unknown>;
    visit(element);
    Object.values(element).forEach((node) => eachElement(node, visit));
  }
}

/** Every TextBlock's text in a card, in reading order. */
export function textsOf(card: unknown): string[] {
  const texts: string[] = [];
  eachElement(card, (element) => {
    if (element.type === 'TextBlock' && typeof element.text === 'string') texts.push(element.text);
  });
  return texts;
}

/** Every FactSet's facts in a card, as "title: value", in reading order. */
export function factsOf(card: unknown): string[] {
  const facts: string[] = [];
  eachElement(card, (element) => {
    if (element.type !== 'FactSet') return;
    for (const fact of element.facts as { title: string; value: string }[]) facts.push(`${fact.title}: ${fact.value}`);
  });
  return facts;
}

/** The card inside a message activity the bot sent. */
export function cardIn(activity: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const attachments = activity?.attachments as { content?: Record<string, unknown> }[] | undefined;
  return attachments?.[0]?.content;
}

/**
 * The link of a Teams channel the bot was added to, with the address the Bot Connector gave it there (its
 * service URL and tenant): the bot posts there, and opens people's personal chats through it.
 */
export function aTeamsChannelLink(
  channel: TeamsConversation,
  serviceUrl: string,
  over: Partial<ConversationLink> = {},
): ConversationLink {
  return aConversationLink({
    conversationId: channel.id,
    address: {
      channelId: 'msteams',
      serviceUrl,
      conversation: { id: channel.id, conversationType: 'channel', tenantId: channel.tenantId },
      bot: BOT,
    },
    ...over,
  });
}
