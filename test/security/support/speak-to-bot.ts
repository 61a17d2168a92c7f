import { randomUUID } from 'node:crypto';
import type { Person } from '../../../src/domain/people/person.js';
import { CARD_VERBS, isCardVerb } from '../../../src/interactions/verbs/card-verbs.js';
import { buttonPressed, interaction, postToSlackEndpoint, slashCommand } from '../../support/slack-requests.js';
import { cardAction, message, postActivity, textsOf, type TeamsConversation } from '../../support/teams-activities.js';
import { TENANT_ID, type SecuredBot } from './secured-bot.js';

/** What the person saw in answer: the HTTP status of their request and every text shown to them. */
export interface Answer {
  readonly status: number;
  readonly shown: string;
}

/** Where a person writes: their personal chat with the bot, or a team channel. */
export type Place = 'personal' | 'channel';

/** One way of reaching the bot (Teams or Slack), as the people of the county use it. */
export interface Channel {
  readonly name: 'Teams' | 'Slack';
  /** Presses a card button, or submits a card's form: `data` is the button's data with the inputs. */
  press(person: Person, verb: string, data: Record<string, unknown>): Promise<Answer>;
  /** Writes to the bot. */
  say(person: Person, text: string, place?: Place, conversationId?: string): Promise<Answer>;
}

/**
 * Teams, as the Bot Connector delivers to a bot with credentials: every request carries a token signed by
 * the signing-key fake. A card action is an invoke answered in the HTTP response. A message is sent with
 * the Bot Framework's `expectReplies` delivery mode, so the bot's replies come back in the response too:
 * without a real Microsoft login the bot cannot authenticate calls to the connector fake.
 */
export function teamsChannel(bot: SecuredBot): Channel {
  const user = (person: Person) => ({
    aadObjectId: person.identities.teamsAadObjectId ?? '',
    name: person.displayName,
  });
  const personalChat = (person: Person): TeamsConversation => ({
    id: `a:personal-${person._id}`,
    type: 'personal',
    tenantId: TENANT_ID,
  });
  return {
    name: 'Teams',
    async press(person, verb, data) {
      const activity = cardAction(
        bot.connector.serviceUrl,
        personalChat(person),
        user(person),
        `card-${randomUUID()}`,
        verb,
        data,
      );
      const response = await postActivity(bot.running.baseUrl, activity, bot.bearer());
      return { status: response.status, shown: textsOf(response.body.value).join('\n') };
    },
    async say(person, text, place = 'personal', conversationId) {
      const conversation: TeamsConversation =
        place === 'personal'
          ? personalChat(person)
          : { id: conversationId ?? '19:security-channel@thread.tacv2', type: 'channel', tenantId: TENANT_ID };
      const activity = {
        ...message(bot.connector.serviceUrl, conversation, user(person), text),
        deliveryMode: 'expectReplies',
      };
      const response = await postActivity(bot.running.baseUrl, activity, bot.bearer());
      const replies = (response.body.activities ?? []) as Record<string, unknown>[];
      return { status: response.status, shown: replies.map(shownInActivity).join('\n') };
    },
  };
}

function shownInActivity(activity: Record<string, unknown>): string {
  const attachments = (activity.attachments ?? []) as { content?: unknown }[];
  return [
    typeof activity.text === 'string' ? activity.text : '',
    typeof activity.summary === 'string' ? activity.summary : '',
    ...attachments.flatMap((attachment) => textsOf(attachment.content)),
  ].join('\n');
}

/**
 * Slack, with every request signed with the signing secret. A button without inputs is a block action; a
 * form is a modal submitted with its inputs. The bot answers a button or a modal with an ephemeral
 * message in the channel it came from, and a slash command through its response URL.
 */
export function slackChannel(bot: SecuredBot): Channel {
  const slackUser = (person: Person) => person.identities.slackUserId ?? '';
  return {
    name: 'Slack',
    async press(person, verb, data) {
      const channel = `C-${randomUUID().slice(0, 12)}`;
      const ts = `${Math.floor(Date.now() / 1000)}.000100`;
      const { context, inputs } = splitCardData(verb, data);
      const post =
        Object.keys(inputs).length === 0
          ? buttonPressed(slackUser(person), channel, ts, JSON.stringify({ verb, data: context, opensForm: false }))
          : modalSubmission(slackUser(person), verb, context, inputs, { channel, ts });
      const response = await postToSlackEndpoint(bot.running.baseUrl, post);
      if (response.body.response_action === 'errors') {
        return { status: response.status, shown: Object.values(response.body.errors as object).join('\n') };
      }
      if (response.status !== 200) return { status: response.status, shown: '' };
      return { status: response.status, shown: await postedTo(bot, channel) };
    },
    async say(person, text, place = 'personal', conversationId) {
      const name = `reply-${randomUUID()}`;
      const channel =
        place === 'personal' ? `D-${slackUser(person)}` : (conversationId ?? `C-SECURITY-${slackUser(person)}`);
      const response = await postToSlackEndpoint(
        bot.running.baseUrl,
        slashCommand(slackUser(person), channel, text, bot.slack.responseUrl(name)),
      );
      if (response.status !== 200) return { status: response.status, shown: '' };
      return { status: response.status, shown: await respondedAt(bot, name) };
    },
  };
}

/** A card's data split as the cards carry it: the record it is about (the button's data), and the inputs. */
function splitCardData(verb: string, data: Record<string, unknown>) {
  const contextKeys = isCardVerb(verb) ? Object.keys(CARD_VERBS[verb].context.shape) : [];
  const context: Record<string, unknown> = {};
  const inputs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (contextKeys.includes(key)) context[key] = value;
    else inputs[key] = value;
  }
  return { context, inputs };
}

/** A modal of this bot, submitted with each input as a plain text input (Slack sends its value as typed). */
export function modalSubmission(
  user: string,
  verb: string,
  context: Record<string, unknown>,
  inputs: Record<string, unknown>,
  origin?: { channel: string; ts: string },
) {
  const values = Object.fromEntries(
    Object.entries(inputs).map(([id, value]) => [id, { [id]: { type: 'plain_text_input', value } }]),
  );
  return interaction({
    type: 'view_submission',
    team: { id: 'T-DERBYSHIRE', domain: 'derbyshire' },
    user: { id: user, team_id: 'T-DERBYSHIRE' },
    api_app_id: 'A-CHALLENGE',
    view: {
      id: `V-${randomUUID().slice(0, 12)}`,
      type: 'modal',
      team_id: 'T-DERBYSHIRE',
      callback_id: verb,
      private_metadata: JSON.stringify({ verb, data: context, toggles: {}, ...(origin ? { origin } : {}) }),
      blocks: Object.keys(inputs).map((id) => ({
        type: 'input',
        block_id: id,
        element: { type: 'plain_text_input', action_id: id },
      })),
      state: { values },
    },
  });
}

/** The bot's answer posted into a Slack channel (an ephemeral message or a post), once it has come. */
export async function postedTo(bot: SecuredBot, channel: string, timeoutMs = 5_000, fromCall = 0): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const call = bot.slack.calls
      .slice(fromCall)
      .find(
        (candidate) =>
          (candidate.method === 'chat.postEphemeral' ||
            candidate.method === 'chat.postMessage' ||
            candidate.method === 'chat.update') &&
          candidate.args.channel === channel,
      );
    if (call) return shownInSlackMessage(call.args);
    await new Promise((wake) => setTimeout(wake, 10));
  }
  return '';
}

async function respondedAt(bot: SecuredBot, name: string, timeoutMs = 5_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = bot.slack.responses.find((candidate) => candidate.path.endsWith(`/${name}`));
    if (response) return shownInSlackMessage(response.body);
    await new Promise((wake) => setTimeout(wake, 10));
  }
  return '';
}

/** Every text of a Slack message: its fallback text and the text of each block. */
export function shownInSlackMessage(message: Record<string, unknown>): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'text' && typeof value === 'string') texts.push(value);
        else walk(value);
      }
    }
  };
  walk(message);
  return texts.join('\n');
}
