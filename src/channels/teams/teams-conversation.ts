import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { ConversationLink } from '../../domain/links/conversation-link.js';

/**
 * A channel's conversation id, without the thread part Teams adds to replies (";messageid=…"): posting to
 * it starts a new thread in the channel, which is what a notice or digest should do.
 */
export function channelConversationId(conversationId: string): string {
  return conversationId.replace(/;messageid=[^;]+$/, '');
}

export function conversationKind(activity: Partial<Activity>): ConversationLink['kind'] {
  switch (activity.conversation?.conversationType) {
    case 'channel':
      return 'channel';
    case 'groupChat':
      return 'group';
    default:
      return 'personal';
  }
}

/** What the bot needs to post into this conversation later, as stored on its link. */
export function teamsAddress(activity: Activity): Record<string, unknown> {
  const reference = TurnContext.getConversationReference(activity);
  const conversation = reference.conversation && {
    ...reference.conversation,
    id: channelConversationId(reference.conversation.id),
  };
  const { activityId: _replyTarget, ...address } = { ...reference, conversation };
  return JSON.parse(JSON.stringify(address)) as Record<string, unknown>;
}

export function conversationReferenceOf(link: ConversationLink): Partial<ConversationReference> {
  return link.address as Partial<ConversationReference>;
}
