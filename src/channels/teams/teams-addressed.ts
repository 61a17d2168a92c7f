import type { Activity } from 'botbuilder';
import { conversationKind } from './teams-conversation.js';

/**
 * Whether a message typed in Teams is meant for the bot. In a personal chat everything is. In a team's
 * channel the bot also receives messages that do not @mention it once the team has granted the consent the
 * app asks for on install (ChannelMessage.Read.Group), so that an answer written under a notice counts; the
 * rest are people talking to each other, and only an @mention makes one the bot's to answer. A group chat
 * sends the bot only @mentions (the app does not ask to read chats), and the same rule holds there anyway.
 */
export function isAddressedToBot(activity: Partial<Activity>): boolean {
  if (conversationKind(activity) === 'personal') return true;
  const botId = activity.recipient?.id.toLowerCase();
  if (!botId) return false;
  return (activity.entities ?? []).some((entity) => entity.type === 'mention' && mentionedId(entity) === botId);
}

function mentionedId(entity: Record<string, unknown>): string | undefined {
  const mentioned = entity.mentioned as { id?: unknown } | undefined;
  return typeof mentioned?.id === 'string' ? mentioned.id.toLowerCase() : undefined;
}
