import {
  App,
  ExpressReceiver,
  type BlockAction,
  type ButtonAction,
  type RespondFn,
  type SlashCommand,
} from '@slack/bolt';
import type { Router } from 'express';
import type { WebClient } from '@slack/web-api';
import { cardToMessageBlocks } from '../../cards/slack/message-blocks.js';
import { cardToModalView } from '../../cards/slack/modal-view.js';
import { modalSubmission } from '../../cards/slack/modal-submission.js';
import { inputsOf } from '../../cards/slack/card-elements.js';
import { identifyPerson } from '../../domain/people/identify-person.js';
import type { Person } from '../../domain/people/person.js';
import type { ConversationLink } from '../../domain/links/conversation-link.js';
import { cardActionFailed, formForVerb, handleCardAction } from '../../interactions/handle-card-action.js';
import { handleText } from '../../interactions/handle-text.js';
import { handleThreadReply } from '../../interactions/handle-thread-reply.js';
import type { InteractionDeps } from '../../interactions/interaction-deps.js';
import { replyForFailure } from '../../interactions/failures.js';
import {
  answerInTime,
  PERSON_WAITS_AT_MOST_MS,
  SLACK_ACKNOWLEDGE_WITHIN_MS,
} from '../../interactions/answer-in-time.js';
import type { Reply } from '../../interactions/reply.js';
import type { Logger } from '../../logger.js';
import { conversationLinkId } from '../../store/conversation-links.js';
import { slackCommandId } from './slack-command-id.js';

export interface SlackBotDeps {
  /** Over HTTP (requests signed with the signing secret), or Socket Mode (a websocket opened with the app token). */
  readonly connection: { readonly signingSecret: string } | { readonly appToken: string };
  readonly botToken: string;
  readonly slackApiUrl?: string;
  readonly interactions: InteractionDeps;
  readonly logger: Logger;
}

/** Where the message a modal was opened from lives, so its submission can update that message. */
interface ModalOrigin {
  readonly channel: string;
  readonly ts: string;
}

/**
 * The Slack channel: `/challenge`, buttons, modals and App Home, translated to the bot's interactions and
 * back into Block Kit. Acknowledges at once (Slack waits 3 seconds); nothing about a Challenge Day is
 * decided here. Identity is the payload's `user.id`, never anything inside a block's value.
 */
export function createSlackBot(deps: SlackBotDeps): { router: Router | undefined; app: App } {
  const receiver =
    'signingSecret' in deps.connection
      ? new ExpressReceiver({ signingSecret: deps.connection.signingSecret, endpoints: '/slack/events' })
      : undefined;
  const app = new App({
    ...(receiver
      ? { receiver }
      : { socketMode: true, appToken: 'appToken' in deps.connection ? deps.connection.appToken : '' }),
    token: deps.botToken,
    tokenVerificationEnabled: false,
    ...(deps.slackApiUrl ? { clientOptions: { slackApiUrl: deps.slackApiUrl } } : {}),
  });
  const { stores } = deps.interactions;
  const person = (userId: string) => identifyPerson(stores.people, 'slack', userId);
  const lateFailure = (error: unknown) =>
    deps.logger.warn({ err: error }, 'a Slack request failed after the person had been answered');

  app.command('/challenge', async ({ command, ack, client, respond }) => {
    await ack();
    try {
      await answerInTime(() => answerCommand(command, client, respond), PERSON_WAITS_AT_MOST_MS, lateFailure);
    } catch (error) {
      const reply = replyForFailure(error, { verb: 'text', typed: {}, retryData: {} });
      await respond({ response_type: 'ephemeral', text: reply.text, blocks: cardToMessageBlocks(reply.card) });
    }
  });

  async function answerCommand(command: SlashCommand, client: WebClient, respond: RespondFn): Promise<void> {
    const who = await person(command.user_id);
    if (!who.ok) {
      await respond({ response_type: 'ephemeral', text: who.error.userMessage });
      return;
    }
    const conversation = await rememberConversation(
      deps,
      command.channel_id,
      command.channel_name === 'directmessage' ? 'personal' : 'channel',
      who.value,
      command.team_id,
    );
    const reply = await handleText(deps.interactions, {
      person: who.value,
      text: command.text || 'help',
      conversation,
    });
    if (isForm(reply)) {
      await client.views.open({ trigger_id: command.trigger_id, view: modalFor(reply, undefined) });
      return;
    }
    await respond({
      response_type: reply.audience === 'everyone' ? 'in_channel' : 'ephemeral',
      text: reply.text,
      blocks: cardToMessageBlocks(reply.card),
    });
  }

  app.action<BlockAction<ButtonAction>>({ type: 'block_actions' }, async ({ ack, body, action, client }) => {
    await ack();
    try {
      await answerInTime(() => answerButton(body, action, client), PERSON_WAITS_AT_MOST_MS, lateFailure);
    } catch (error) {
      // Told only to the person who pressed, never over the shared message.
      const { verb, data } = readButtonValue(action.value);
      const reply = cardActionFailed(error, verb, data);
      await show(client, reply, originOf(body), body.user.id);
    }
  });

  async function answerButton(body: BlockAction<ButtonAction>, action: ButtonAction, client: WebClient) {
    const who = await person(body.user.id);
    const channel = body.channel?.id ?? '';
    if (!who.ok) {
      await client.chat.postEphemeral({ channel, user: body.user.id, text: who.error.userMessage });
      return;
    }
    const { verb, data, opensForm, prefill } = readButtonValue(action.value);
    const origin = originOf(body);
    const form = opensForm ? await formForVerb(deps.interactions, who.value, verb, data, prefill) : null;
    const reply =
      form ??
      (await handleCardAction(deps.interactions, {
        person: who.value,
        verb,
        payload: data,
        commandId: slackCommandId(channel, body.message?.ts, action.action_id, body.user.id, action.value),
      }));
    if (isForm(reply)) {
      await client.views.open({ trigger_id: body.trigger_id, view: modalFor(reply, origin) });
      return;
    }
    await show(client, reply, origin, body.user.id);
  }

  app.view({ type: 'view_submission' }, async ({ ack, body, view, client }) => {
    let reply: Reply;
    try {
      const answered = await answerInTime(
        async (): Promise<Reply | { notRegistered: string }> => {
          const who = await person(body.user.id);
          if (!who.ok) return { notRegistered: who.error.userMessage };
          const { verb, payload } = modalSubmission(view);
          return handleCardAction(deps.interactions, {
            person: who.value,
            verb,
            payload,
            commandId: slackCommandId(view.id, payload),
          });
        },
        SLACK_ACKNOWLEDGE_WITHIN_MS,
        lateFailure,
      );
      if ('notRegistered' in answered) {
        await ack({ response_action: 'errors', errors: firstBlockError(view.blocks, answered.notRegistered) });
        return;
      }
      reply = answered;
    } catch (error) {
      // Who sent it could not be looked up, or the database did not answer in time: Slack is still
      // acknowledged in time, and the modal stays open with the entry.
      const { verb, payload } = modalSubmission(view);
      reply = cardActionFailed(error, verb, payload);
    }
    if (reply.fieldErrors && Object.keys(reply.fieldErrors).length > 0) {
      // Shown under each input in the modal, which stays open with what the person typed.
      await ack({ response_action: 'errors', errors: errorsByBlock(view.blocks, reply.fieldErrors) });
      return;
    }
    await ack();
    await show(client, reply, readOrigin(view.private_metadata), body.user.id);
  });

  // "yes" / "can't make it" written in the thread under a 48-hour notice counts as a reply to it.
  app.message(async ({ message, client }) => {
    if (message.subtype !== undefined || !('thread_ts' in message) || !message.thread_ts || !message.user) return;
    const who = await person(message.user);
    if (!who.ok) return;
    const answered = await handleThreadReply(deps.interactions, {
      person: who.value,
      platform: 'slack',
      conversationId: message.channel,
      threadMessageId: message.thread_ts,
      text: message.text ?? '',
    });
    if (answered)
      await client.chat.postMessage({ channel: message.channel, thread_ts: message.thread_ts, text: answered });
  });

  app.event('app_home_opened', async ({ event, client }) => {
    const who = await person(event.user);
    if (!who.ok) return;
    const home = await appHome(deps, who.value);
    await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: home } });
  });

  return { router: receiver ? (receiver.router as Router) : undefined, app };
}

/** App Home: the person's own outstanding actions, and for managers their districts' overdue actions. */
async function appHome(deps: SlackBotDeps, person: Person) {
  // App Home is not a conversation the bot posts to, so it is not remembered as one.
  const conversation: ConversationLink = {
    _id: conversationLinkId('slack', `app-home-${person._id}`),
    platform: 'slack',
    conversationId: `app-home-${person._id}`,
    kind: 'personal',
    address: {},
    status: 'active',
    updatedAt: deps.interactions.now(),
  };
  const questions = ['my actions'];
  if (person.roles.some((role) => ['district_manager', 'senior_manager', 'qa_manager'].includes(role)))
    questions.push('overdue actions');
  const blocks = [];
  for (const text of questions) {
    const reply = await handleText(deps.interactions, { person, text, conversation });
    blocks.push(...cardToMessageBlocks(reply.card), { type: 'divider' });
  }
  return blocks.slice(0, 100);
}

async function show(client: WebClient, reply: Reply, origin: ModalOrigin | undefined, userId: string): Promise<void> {
  const message = { text: reply.text, blocks: cardToMessageBlocks(reply.card) };
  if (reply.audience === 'everyone' && origin) {
    await client.chat.update({ channel: origin.channel, ts: origin.ts, ...message });
  } else if (origin) {
    await client.chat.postEphemeral({ channel: origin.channel, user: userId, ...message });
  } else {
    const opened = await client.conversations.open({ users: userId });
    if (opened.channel?.id) await client.chat.postMessage({ channel: opened.channel.id, ...message });
  }
}

/** The message a button was pressed on, where its answer goes. */
function originOf(body: BlockAction<ButtonAction>): ModalOrigin | undefined {
  const channel = body.channel?.id;
  return body.message?.ts && channel ? { channel, ts: body.message.ts } : undefined;
}

function isForm(reply: Reply): boolean {
  return inputsOf(reply.card).length > 0;
}

function modalFor(reply: Reply, origin: ModalOrigin | undefined) {
  const view = cardToModalView(reply.card);
  const metadata = JSON.parse(view.private_metadata) as Record<string, unknown>;
  return { ...view, private_metadata: JSON.stringify({ ...metadata, ...(origin ? { origin } : {}) }) };
}

function readOrigin(privateMetadata: string): ModalOrigin | undefined {
  const parsed = JSON.parse(privateMetadata) as { origin?: { channel?: unknown; ts?: unknown } };
  const { channel, ts } = parsed.origin ?? {};
  return typeof channel === 'string' && typeof ts === 'string' ? { channel, ts } : undefined;
}

function readButtonValue(value: string | undefined): {
  verb: unknown;
  data: unknown;
  opensForm: boolean;
  prefill: Record<string, string>;
} {
  try {
    const parsed = JSON.parse(value ?? '{}') as {
      verb?: unknown;
      data?: unknown;
      opensForm?: unknown;
      prefill?: unknown;
    };
    return {
      verb: parsed.verb,
      data: parsed.data ?? {},
      opensForm: parsed.opensForm === true,
      prefill: prefillOf(parsed.prefill),
    };
  } catch {
    return { verb: undefined, data: {}, opensForm: false, prefill: {} };
  }
}

/** Only short strings under plain input ids: it only fills in a form, whose submission is checked as any other. */
function prefillOf(prefill: unknown): Record<string, string> {
  if (typeof prefill !== 'object' || prefill === null) return {};
  return Object.fromEntries(
    Object.entries(prefill).filter(
      (entry): entry is [string, string] =>
        /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(entry[0]) && typeof entry[1] === 'string' && entry[1].length <= 200,
    ),
  );
}

/** Slack keys modal errors by block id; the converter gives each input block its input's id. */
function errorsByBlock(
  blocks: readonly { block_id?: string }[],
  errors: Readonly<Record<string, string>>,
): Record<string, string> {
  const blockIds = new Set(blocks.map((block) => block.block_id).filter((id): id is string => Boolean(id)));
  const keyed: Record<string, string> = {};
  for (const [input, message] of Object.entries(errors)) {
    if (blockIds.has(input)) keyed[input] = message;
  }
  const general = errors.form ?? Object.entries(errors).find(([input]) => !blockIds.has(input))?.[1];
  if (general) Object.assign(keyed, firstBlockError(blocks, general, keyed));
  return keyed;
}

/** A message for the whole form goes under the first input that has none yet. */
function firstBlockError(
  blocks: readonly { block_id?: string; type?: string }[],
  message: string,
  taken: Record<string, string> = {},
) {
  const first = blocks.find((block) => block.type === 'input' && block.block_id && !taken[block.block_id]);
  return first?.block_id ? { [first.block_id]: message } : {};
}

async function rememberConversation(
  deps: SlackBotDeps,
  channelId: string,
  kind: ConversationLink['kind'],
  person: Person,
  teamId: string,
): Promise<ConversationLink> {
  const { stores, now } = deps.interactions;
  const existing = await stores.conversationLinks.findByConversation('slack', channelId);
  // Written only when something other than the time changed: a slash command in a known channel costs one read.
  return stores.conversationLinks.rememberSeen(
    {
      ...(existing ?? {}),
      _id: conversationLinkId('slack', channelId),
      platform: 'slack',
      conversationId: channelId,
      kind,
      ...(kind === 'personal' ? { personId: person._id } : {}),
      address: { channel: channelId, team: teamId },
      status: 'active',
      updatedAt: now(),
    },
    existing,
  );
}
