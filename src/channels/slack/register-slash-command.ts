import type { App, RespondFn, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { cardToMessageBlocks } from '../../cards/slack/message-blocks.js';
import { answerInTime, PERSON_WAITS_AT_MOST_MS } from '../../interactions/answer-in-time.js';
import { replyForFailure } from '../../interactions/failures.js';
import { handleText } from '../../interactions/handle-text.js';
import { rememberConversation } from '../remember-conversation.js';
import { isForm, openForm } from './open-form.js';
import { slackChannelMembers } from './slack-channel-members.js';
import { readSlackMentions } from './slack-mentions.js';
import type { SlackListenerDeps } from './slack-bot-deps.js';

/**
 * `/challenge <words>`: a command or a question in plain words. Acknowledged at once (Slack waits 3
 * seconds); the answer follows through `respond`, to the person only unless it is meant for everyone.
 */
export function registerSlashCommand(app: App, deps: SlackListenerDeps): void {
  app.command('/challenge', async ({ command, ack, client, respond }) => {
    await ack();
    try {
      await answerInTime(
        () => answerCommand(deps, command, client, respond),
        PERSON_WAITS_AT_MOST_MS,
        deps.lateFailure,
      );
    } catch (error) {
      const reply = replyForFailure(error, { verb: 'text', typed: {}, retryData: {} });
      await respond({ response_type: 'ephemeral', text: reply.text, blocks: cardToMessageBlocks(reply.card) });
    }
  });
}

async function answerCommand(
  deps: SlackListenerDeps,
  command: SlashCommand,
  client: WebClient,
  respond: RespondFn,
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
  });
  if (isForm(reply)) {
    await openForm(client, command.trigger_id, reply, undefined);
    return;
  }
  await respond({
    response_type: reply.audience === 'everyone' ? 'in_channel' : 'ephemeral',
    text: reply.text,
    blocks: cardToMessageBlocks(reply.card),
  });
}
