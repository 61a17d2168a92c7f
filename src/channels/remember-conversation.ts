import type { ConversationLink, Platform } from '../domain/links/conversation-link.js';
import type { InteractionDeps } from '../interactions/interaction-deps.js';
import { conversationLinkId } from '../store/conversation-links.js';

/** A conversation someone wrote to the bot in, as its channel adapter read it from the platform's request. */
export interface SeenConversation {
  readonly platform: Platform;
  readonly conversationId: string;
  readonly kind: ConversationLink['kind'];
  /** The registered person a personal chat is with, when known; ignored for other kinds. */
  readonly personId?: string;
  /** What the platform needs to post there later (a Teams conversation reference, a Slack channel). */
  readonly address: Record<string, unknown>;
}

/**
 * Keeps the conversation's address fresh (Teams may move a conversation's service URL), so proactive
 * posts reach it; a personal chat is tied to the person in it. What the link already holds (a channel's
 * district link) is kept, and a link where only the time changed is not written again: a message in a
 * known conversation costs one read.
 */
export async function rememberConversation(
  deps: Pick<InteractionDeps, 'stores' | 'now' | 'retryUndelivered'>,
  seen: SeenConversation,
  /** The link as stored, when the caller read it already (beside its other reads, see knownLink). */
  stored?: ConversationLink | null,
): Promise<ConversationLink> {
  const { conversationLinks } = deps.stores;
  const existing = stored !== undefined ? stored : await knownLink(deps, seen);
  const link = await conversationLinks.rememberSeen(
    {
      ...(existing ?? {}),
      _id: conversationLinkId(seen.platform, seen.conversationId),
      platform: seen.platform,
      conversationId: seen.conversationId,
      kind: seen.kind,
      ...(seen.kind === 'personal' && seen.personId ? { personId: seen.personId } : {}),
      address: seen.address,
      status: 'active',
      updatedAt: deps.now(),
    },
    existing,
  );
  // A person newly reachable here: what could not reach them before is sent now. A known chat costs nothing.
  if (link.personId && !isSameReach(existing, link)) await deps.retryUndelivered(link);
  // A channel or group chat heard from for the first time, or at a new address: what the bot gave up posting
  // there (it did not answer — the Agents Playground opened after the bot, say) is posted now. One written
  // to as before costs nothing: its link is not written again.
  if (link.kind !== 'personal' && link !== existing) await deps.retryUndelivered(link);
  return link;
}

/**
 * The conversation's link as stored now, or null: one read by `_id`, which a turn makes beside finding who
 * sent it (the two do not depend on each other) and passes to rememberConversation.
 */
export function knownLink(
  deps: Pick<InteractionDeps, 'stores'>,
  seen: Pick<SeenConversation, 'platform' | 'conversationId'>,
): Promise<ConversationLink | null> {
  return deps.stores.conversationLinks.findByConversation(seen.platform, seen.conversationId);
}

/** Whether the chat reached the same person, working, before this turn. */
function isSameReach(before: ConversationLink | null, now: ConversationLink): boolean {
  return before?.status === 'active' && before.personId === now.personId;
}
