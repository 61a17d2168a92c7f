import type { App } from '@slack/bolt';
import { noticeAnswerIn, recordNoticeAnswer } from '../../interactions/handle-thread-reply.js';
import type { SlackListenerDeps } from './slack-bot-deps.js';
import { takeSlackMentions } from './slack-mentions.js';

/**
 * "yes" / "can't make it" written in the thread under a 48-hour notice counts as a reply to it. Whoever
 * wrote it is recognised as anyone writing to the bot is, so someone registered by email who has never
 * written before is linked now; someone the bot cannot act for, or
 * who may not answer that notice, is told why (and who can help), seen only by them.
 */
export function registerThreadReplies(app: App, deps: SlackListenerDeps): void {
  app.message(async ({ message, client }) => {
    if (message.subtype !== undefined || !('thread_ts' in message) || !message.thread_ts || !message.user) return;
    const thread = { channel: message.channel, thread_ts: message.thread_ts };
    const answer = await noticeAnswerIn(deps.interactions, {
      platform: 'slack',
      conversationId: message.channel,
      threadMessageId: message.thread_ts,
      text: takeSlackMentions(message.text ?? '').text,
    });
    if (!answer) return;
    const who = await deps.recognise(message.user);
    if (!who.ok) {
      await client.chat.postEphemeral({ ...thread, user: message.user, text: who.error.userMessage });
      return;
    }
    const recorded = await recordNoticeAnswer(deps.interactions, who.value, answer);
    if (!recorded.ok) {
      await client.chat.postEphemeral({ ...thread, user: message.user, text: recorded.error.userMessage });
      return;
    }
    await client.chat.postMessage({ ...thread, text: recorded.value });
  });
}
