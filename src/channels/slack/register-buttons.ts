import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { answerInTime, PERSON_WAITS_AT_MOST_MS } from '../../interactions/answer-in-time.js';
import { cardActionFailed, formForVerb, handleCardAction } from '../../interactions/handle-card-action.js';
import { readButtonValue } from './button-value.js';
import { originOf } from './modal-origin.js';
import { isForm, openForm } from './open-form.js';
import { showReply } from './show-reply.js';
import { slackCommandId } from './slack-command-id.js';
import type { SlackListenerDeps } from './slack-bot-deps.js';

/** A button pressed on a card the bot posted (or in App Home): the card action it names, or the form it opens. */
export function registerButtons(app: App, deps: SlackListenerDeps): void {
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions' }, async ({ ack, body, action, client }) => {
    await ack();
    try {
      await answerInTime(() => answerButton(deps, body, action, client), PERSON_WAITS_AT_MOST_MS, deps.lateFailure);
    } catch (error) {
      // Told only to the person who pressed, never over the shared message.
      const { verb, data } = readButtonValue(action.value);
      const reply = cardActionFailed(error, verb, data);
      await showReply(client, reply, originOf(body), body.user.id);
    }
  });
}

async function answerButton(
  deps: SlackListenerDeps,
  body: BlockAction<ButtonAction>,
  action: ButtonAction,
  client: WebClient,
): Promise<void> {
  const who = await deps.recognise(body.user.id);
  const origin = originOf(body);
  if (!who.ok) {
    await client.chat.postEphemeral({
      channel: origin?.channel ?? '',
      user: body.user.id,
      text: who.error.userMessage,
    });
    return;
  }
  const { verb, data, opensForm, prefill } = readButtonValue(action.value);
  const form = opensForm ? await formForVerb(deps.interactions, who.value, verb, data, prefill) : null;
  const reply =
    form ??
    (await handleCardAction(deps.interactions, {
      person: who.value,
      verb,
      payload: data,
      commandId: slackCommandId(origin?.channel ?? '', origin?.ts, action.action_id, body.user.id, action.value),
    }));
  if (isForm(reply)) {
    await openForm(client, body.trigger_id, reply, origin);
    return;
  }
  await showReply(client, reply, origin, body.user.id);
}
