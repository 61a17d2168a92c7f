import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Person } from '../../domain/people/person.js';
import { answerInTime, PERSON_WAITS_AT_MOST_MS } from '../../interactions/answer-in-time.js';
import { cardActionFailed, formForVerb, handleCardAction } from '../../interactions/handle-card-action.js';
import { readButtonValue } from './button-value.js';
import { originOf } from './modal-origin.js';
import { isForm, openForm } from './open-form.js';
import { publishHome, publishHomeMessage, refreshHome } from './publish-home.js';
import { showReply } from './show-reply.js';
import { slackCommandId } from './slack-command-id.js';
import type { SlackListenerDeps } from './slack-bot-deps.js';

/**
 * A button pressed on a card the bot posted, or in App Home: the card action it names, or the form it opens.
 * A button in App Home has no message to answer on: the home is published again, showing the step taken (or
 * why it was refused) at its top.
 */
export function registerButtons(app: App, deps: SlackListenerDeps): void {
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions' }, async ({ ack, body, action, client }) => {
    await ack();
    let stepTakenBy: Person | undefined;
    try {
      stepTakenBy = await answerInTime(
        () => answerButton(deps, body, action, client),
        PERSON_WAITS_AT_MOST_MS,
        deps.lateFailure,
      );
    } catch (error) {
      // Told only to the person who pressed, never over the shared message.
      const { verb, data } = readButtonValue(action.value);
      const reply = cardActionFailed(error, verb, data);
      if (inHome(body)) await publishHomeMessage(client, body.user.id, reply.text);
      else await showReply(client, reply, originOf(body), body.user.id);
    }
    // Once the person has their answer, outside the time they wait for it.
    if (stepTakenBy) await refreshHome(client, deps, body.user.id, stepTakenBy);
  });
}

function inHome(body: BlockAction<ButtonAction>): boolean {
  return body.view?.type === 'home';
}

/**
 * Answers a pressed button; returns the person when they took a step on a message, whose App Home is then
 * published again to show it.
 */
async function answerButton(
  deps: SlackListenerDeps,
  body: BlockAction<ButtonAction>,
  action: ButtonAction,
  client: WebClient,
): Promise<Person | undefined> {
  const who = await deps.recognise(body.user.id);
  const origin = originOf(body);
  const home = inHome(body);
  if (!who.ok) {
    if (home) await publishHomeMessage(client, body.user.id, who.error.userMessage);
    else
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
      // A press in App Home is one press of one published home (its hash changes with each publish).
      commandId: home
        ? slackCommandId('home', body.view?.id, body.view?.hash, action.action_id, body.user.id, action.value)
        : slackCommandId(origin?.channel ?? '', origin?.ts, action.action_id, body.user.id, action.value),
    }));
  if (isForm(reply)) {
    await openForm(client, body.trigger_id, reply, home ? 'home' : origin);
    return undefined;
  }
  if (home) {
    await publishHome(client, deps.interactions, body.user.id, who, reply.text);
    return undefined;
  }
  await showReply(client, reply, origin, body.user.id);
  return who.value;
}
