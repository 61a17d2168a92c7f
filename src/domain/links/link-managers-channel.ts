import type { District } from '../districts/district.js';
import type { Actor } from '../people/actor.js';
import { findDistrict } from '../questions/match-district.js';
import { readMessage } from '../questions/read-message.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { ConversationLink } from './conversation-link.js';
import type { ConversationLinks } from './link-channel.js';
import { mayChooseManagersChannel } from './permissions.js';

const LINK_VERB = /^(?:can you |could you |please )?(?:link|connect|attach|use|make|set)\b|^this is (?:the|our) /;
const MANAGERS = /\b(?:managers?'?s?|management)\b/;

/** Whose managers read the channel: the county's (no district), or one district's. */
export interface ManagersChannelCommand {
  readonly districtId?: string;
}

/**
 * "link this channel to managers", "use this channel for managers", "this is the managers' channel": the
 * QA manager names where the monthly performance summary goes. "link this channel to Chesterfield managers"
 * names the channel of one district's managers instead. Null when the text is not this command.
 */
export function readManagersChannelCommand(
  text: string,
  districts: readonly District[],
): ManagersChannelCommand | null {
  const { words } = readMessage(text);
  if (!LINK_VERB.test(words) || !MANAGERS.test(words)) return null;
  const named = findDistrict(words, districts);
  return named.kind === 'found' ? { districtId: named.district._id } : {};
}

/**
 * Makes a channel (or a group chat) the managers' channel: the county's gets the monthly performance summary
 * of every district; a district's is told when a safeguarding alert from there could not reach someone.
 * Only a QA manager chooses them, as they show what the managers need to act on.
 */
export async function linkManagersChannel(
  links: ConversationLinks,
  link: ConversationLink,
  command: ManagersChannelCommand,
  actor: Actor,
  now: Date,
): Promise<Outcome<ConversationLink>> {
  const allowed = mayChooseManagersChannel(actor);
  if (!allowed.ok) return allowed;
  if (link.kind === 'personal') {
    return refuse('invalid_input', 'The managers’ channel must be a team channel or a group chat; write this there.');
  }
  const chosen: ConversationLink = command.districtId
    ? { ...link, managersOfDistrictId: command.districtId }
    : { ...link, purpose: 'managers' };
  return succeed(await links.remember({ ...chosen, status: 'active', updatedAt: now }));
}
