import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod/v4';
import { cardToMessageBlocks } from '../../cards/slack/message-blocks.js';
import { replyForFailure } from '../../interactions/failures.js';
import { handleChatFile } from '../../interactions/handle-chat-file.js';
import { rememberConversation } from '../remember-conversation.js';
import type { SlackListenerDeps } from './slack-bot-deps.js';

/** The parts of a `message` event with subtype `file_share` the bot reads (Slack sends many more). */
const fileShareSchema = z.object({
  subtype: z.literal('file_share'),
  channel_type: z.literal('im'),
  channel: z.string().min(1).max(100),
  user: z.string().min(1).max(100),
  files: z
    .array(
      z.object({
        name: z.string().max(1000).optional(),
        size: z.number().int().nonnegative().optional(),
        url_private_download: z.string().max(4000).optional(),
      }),
    )
    .min(1),
});

type SharedFile = z.infer<typeof fileShareSchema>['files'][number];

/**
 * A file shared with the bot in its direct message (event `message.im`, subtype `file_share`): read as a
 * people file or a district's case list, answered in the same direct message with its dry run. A file shared
 * in a channel is left alone: such a file belongs in a private conversation, and the channel's members need
 * not hear about it.
 */
export function registerFileShares(app: App, deps: SlackListenerDeps): void {
  app.message(async ({ message, client }) => {
    const shared = fileShareSchema.safeParse(message);
    if (!shared.success) return;
    const { channel, user, files } = shared.data;
    try {
      await answerFileShare(deps, client, { channel, user, file: files[0] });
    } catch (error) {
      // Who sent it could not be looked up (the database did not answer): they are told, never left waiting.
      const reply = replyForFailure(error, { verb: 'text', typed: {}, retryData: {} });
      await client.chat.postMessage({ channel, text: reply.text, blocks: cardToMessageBlocks(reply.card) });
    }
  });
}

async function answerFileShare(
  deps: SlackListenerDeps,
  client: WebClient,
  { channel, user, file }: { channel: string; user: string; file: SharedFile | undefined },
): Promise<void> {
  const who = await deps.recognise(user);
  if (!who.ok) {
    await client.chat.postMessage({ channel, text: who.error.userMessage });
    return;
  }
  const conversation = await rememberConversation(deps.interactions, {
    platform: 'slack',
    conversationId: channel,
    kind: 'personal',
    personId: who.value._id,
    address: { channel },
  });
  const reply = await handleChatFile(deps.interactions, {
    person: who.value,
    conversation,
    fileName: file?.name ?? '',
    download: () => deps.downloadFile(file?.url_private_download ?? '', file?.size),
  });
  await client.chat.postMessage({ channel, text: reply.text, blocks: cardToMessageBlocks(reply.card) });
}
