import type { Actor } from '../people/actor.js';
import { readMessage } from '../questions/read-message.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { ConversationLink } from './conversation-link.js';
import type { ConversationLinks } from './link-channel.js';
import { mayChooseManagersChannel } from './permissions.js';

const LINK_VERB = /^(?:can you |could you |please )?(?:link|connect|attach|use|make|set)\b|^this is (?:the|our) /;
const MANAGERS = /\b(?:managers?'?s?|management)\b/;

/**
 * "link this channel to managers", "use this channel for managers", "this is the managers' channel": the
 * QA manager names where the monthly performance summary goes.
 */
export function readManagersChannelCommand(text: string): boolean {
  const { words } = readMessage(text);
  return LINK_VERB.test(words) && MANAGERS.test(words);
}

/**
 * Makes a channel (or a group chat) the managers' channel: the monthly performance summary of every district
 * is posted there. Only a QA manager chooses it, as it shows every district's figures.
 */
export async function linkManagersChannel(
  links: ConversationLinks,
  link: ConversationLink,
  actor: Actor,
  now: Date,
): Promise<Outcome<ConversationLink>> {
  const allowed = mayChooseManagersChannel(actor);
  if (!allowed.ok) return allowed;
  if (link.kind === 'personal') {
    return refuse('invalid_input', 'The managers’ channel must be a team channel or a group chat; write this there.');
  }
  return succeed(await links.remember({ ...link, purpose: 'managers', status: 'active', updatedAt: now }));
}
