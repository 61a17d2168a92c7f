import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { District } from '../districts/district.js';
import type { ConversationLink } from './conversation-link.js';
import { mayLinkChannels, mayUnlinkChannels } from './permissions.js';

/** The port for remembering conversations and their district links. */
export interface ConversationLinks {
  findByConversation(platform: ConversationLink['platform'], conversationId: string): Promise<ConversationLink | null>;
  remember(link: ConversationLink): Promise<ConversationLink>;
}

export interface LinkRequest {
  readonly link: ConversationLink;
  readonly district: District;
  readonly audience: 'district' | 'mat';
}

/**
 * Links a channel to a district (or its MAT locality), so that district's notices and digests are posted
 * there. Only a QA manager links channels: a wrong link would send case references to the wrong people.
 */
export async function linkChannelToDistrict(
  links: ConversationLinks,
  request: LinkRequest,
  actor: Actor,
  now: Date,
): Promise<Outcome<ConversationLink>> {
  const allowed = mayLinkChannels(actor);
  if (!allowed.ok) return allowed;
  if (request.link.kind !== 'channel') {
    return refuse(
      'invalid_input',
      'Only a team channel can be linked to a district; write this in the channel itself.',
    );
  }
  const linked = await links.remember({
    ...request.link,
    districtId: request.district._id,
    audience: request.audience,
    status: 'active',
    updatedAt: now,
  });
  return succeed(linked);
}

/**
 * Removes a channel's district link (and its being the managers' channel); the bot stays in the channel but
 * posts nothing district-wide there.
 */
export async function unlinkChannel(
  links: ConversationLinks,
  link: ConversationLink,
  actor: Actor,
  now: Date,
): Promise<Outcome<ConversationLink>> {
  const allowed = mayUnlinkChannels(actor);
  if (!allowed.ok) return allowed;
  const {
    districtId: _districtId,
    audience: _audience,
    purpose: _purpose,
    managersOfDistrictId: _managersOf,
    ...unlinked
  } = link;
  return succeed(await links.remember({ ...unlinked, updatedAt: now }));
}
