import type { App, RespondFn, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { cardToMessageBlocks } from '../../cards/slack/message-blocks.js';
import { answerNowOrLater, type Answering } from '../../interactions/answer-now-or-later.js';
import type { Reply } from '../../interactions/reply.js';
import { replyForFailure } from '../../interactions/failures.js';
import { handleText } from '../../interactions/handle-text.js';
import { rememberConversation } from '../remember-conversation.js';
import { isForm, openForm } from './open-form.js';
import { slackChannelMembers } from './slack-channel-members.js';
import { readSlackMentions } from './slack-mentions.js';
import type { SlackListenerDeps } from './slack-bot-deps.js';

/**
 * `/challenge <words>`: a command or a question in plain words. Acknowledged at once (Slack waits 3
 * seconds); the answer follows through `respond`, to the person only unless it is meant for everyone. A
 * question still being worked out after the person's wait gets "working on it", then its answer the same way.
 */
export function registerSlashCommand(app: App, deps: SlackListenerDeps): void {
  app.command('/challenge', async ({ command, ack, client, respond }) => {
    await ack();
    // The response URL takes answers for half an hour, so a late answer goes the same way as one in time.
    const show = (reply: Reply | string) =>
      respond(
        typeof reply === 'string'
          ? { response_type: 'ephemeral', text: reply }
          : {
              response_type: reply.audience === 'everyone' ? 'in_channel' : 'ephemeral',
              text: reply.text,
              blocks: cardToMessageBlocks(reply.card),
            },
      ).then(() => undefined);
    await answerNowOrLater((answering) => answerCommand(deps, command, client, respond, answering), {
      withinMs: deps.answerWaitMs,
      sendNow: show,
      sendLater: show,
      failed: (error) => show(replyForFailure(error, { verb: 'text', typed: {}, retryData: {} })),
      lateFailure: deps.lateFailure,
    });
  });
}

async function answerCommand(
  deps: SlackListenerDeps,
  command: SlashCommand,
  client: WebClient,
  respond: RespondFn,
  answering: Answering,
): Promise<void> {
  const who = await deps.recognise(command.user_id);
  if (!who.ok) {
    await respond({ response_type: 'ephemeral', text: who.error.userMessage });
    return;
  }
  const conversation = await rememberConversation(deps.interactions, {
    platform: 'slack',
    conversationId: command.channel_id,
    kind: command.channel_name === 'directmessage' ? 'personal' : 'channel',
    personId: who.value._id,
    address: { channel: command.channel_id, team: command.team_id },
  });
  const said = await readSlackMentions(command.text, deps.identify);
  const reply = await handleText(deps.interactions, {
    person: who.value,
    text: said.text || 'help',
    mentions: said.mentions,
    conversation,
    ...(conversation.kind === 'channel'
      ? {
          channelMembers: () =>
            slackChannelMembers(client, command.channel_id, (ids) =>
              deps.interactions.stores.people.registeredAmong(
                'slack',
                ids.map((platformUserId) => ({ platformUserId })),
              ),
            ),
        }
      : {}),
    whenOnlyReading: answering.onlyReads,
  });
  if (isForm(reply)) {
    await openForm(client, command.trigger_id, reply, undefined);
    return;
  }
  await answering.send(reply);
}
