import { actorFor } from '../../domain/people/actor.js';
import { mayAddChannelMembers } from '../../domain/people/permissions.js';
import { rosterOf, type ChannelMembers } from '../../domain/people/roster.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { newId } from '../../domain/shared/new-id.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { rosterCard } from '../present/roster-card.js';
import type { Reply } from '../reply.js';
import { chatCommand } from './chat-command.js';
import type { TextMessage } from './text-message.js';

const ASKED = /^who(?:'s|’s| is)?\s+(?:here|in\s+this\s+(?:channel|team))\s+(?:is\s+)?not\s+registered\s*\??$/i;

const ONLY_IN_A_LINKED_CHANNEL =
  'Ask this in a team channel (Teams) or a channel (Slack) linked to a district, with the bot in it: its members are the ones offered.';

/**
 * "who here is not registered?", written in a channel linked to a district: the members the bot does not
 * know, offered on a card to add as staff of that district (roles editable) with one press.
 */
export const rosterCommand = chatCommand(
  (text) => (ASKED.test(text.trim()) ? true : null),
  (deps, message, _read, now) => offerUnregisteredMembers(deps, message, now),
);

async function offerUnregisteredMembers(
  deps: InteractionDeps,
  message: TextMessage,
  now: Date,
): Promise<Outcome<Reply>> {
  const allowed = mayAddChannelMembers(actorFor(message.person));
  if (!allowed.ok) return allowed;
  const { conversation } = message;
  if (conversation.kind !== 'channel' || !conversation.districtId || !message.channelMembers) {
    return refuse('invalid_transition', ONLY_IN_A_LINKED_CHANNEL);
  }
  const district = await deps.stores.districts.findById(conversation.districtId);
  if (!district) return refuse('not_found', 'The district this channel is linked to was not found.');
  let read: ChannelMembers;
  try {
    read = await message.channelMembers();
  } catch {
    return refuse(
      'invalid_transition',
      'The bot could not read this channel’s members from the platform just now. Please ask again in a minute.',
    );
  }
  const registered = await deps.stores.people.registeredAmong(conversation.platform, read.members);
  const unregistered = read.members.filter((member) => !registered.has(member.platformUserId));
  const roster = rosterOf(unregistered, read.notLookedUp);
  const offerId = roster.candidates.length > 0 ? newId('roster') : '';
  if (offerId) {
    await deps.stores.rosterOffers.save({
      _id: offerId,
      districtId: district._id,
      offeredBy: message.person._id,
      offeredAt: now,
      candidates: [...roster.candidates],
    });
  }
  return succeed(rosterCard(roster, district.name, offerId));
}
