import type { WebClient } from '@slack/web-api';
import { cardToMessageBlocks } from '../../cards/slack/message-blocks.js';
import type { Reply } from '../../interactions/reply.js';
import type { ModalOrigin } from './modal-origin.js';

/**
 * Shows a reply to a button or a modal: over the message acted on for everyone, or only to the person who
 * acted; with no message to answer on (App Home), in the person's direct messages.
 */
export async function showReply(
  client: WebClient,
  reply: Reply,
  origin: ModalOrigin | undefined,
  userId: string,
): Promise<void> {
  // A Slack message looks the same to everyone, so a reply with a receipt shows the receipt.
  const shown = reply.receipt ?? reply;
  const message = { text: shown.text, blocks: cardToMessageBlocks(shown.card) };
  if (reply.audience === 'everyone' && origin) {
    await client.chat.update({ channel: origin.channel, ts: origin.ts, ...message });
  } else if (origin) {
    await client.chat.postEphemeral({ channel: origin.channel, user: userId, ...message });
  } else {
    const opened = await client.conversations.open({ users: userId });
    if (opened.channel?.id) await client.chat.postMessage({ channel: opened.channel.id, ...message });
  }
}
