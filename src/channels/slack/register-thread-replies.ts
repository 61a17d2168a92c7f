import type { App } from '@slack/bolt';
import { handleThreadReply } from '../../interactions/handle-thread-reply.js';
import type { SlackListenerDeps } from './slack-bot-deps.js';
import { takeSlackMentions } from './slack-mentions.js';

/** "yes" / "can't make it" written in the thread under a 48-hour notice counts as a reply to it. */
export function registerThreadReplies(app: App, deps: SlackListenerDeps): void {
  app.message(async ({ message, client }) => {
    if (message.subtype !== undefined || !('thread_ts' in message) || !message.thread_ts || !message.user) return;
    const who = await deps.identify(message.user);
    if (!who.ok) return;
    const answered = await handleThreadReply(deps.interactions, {
      person: who.value,
      platform: 'slack',
      conversationId: message.channel,
      threadMessageId: message.thread_ts,
      text: takeSlackMentions(message.text ?? '').text,
    });
    if (answered)
      await client.chat.postMessage({ channel: message.channel, thread_ts: message.thread_ts, text: answered });
  });
}
