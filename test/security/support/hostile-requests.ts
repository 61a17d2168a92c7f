import { randomUUID } from 'node:crypto';
import type { Person } from '../../../src/domain/people/person.js';
import { responseBody } from '../../support/response-body.js';
import { postToSlackEndpoint, TEAM_ID } from '../../support/slack-requests.js';
import { BOT } from '../../support/teams-activities.js';
import { toJsonText } from './hostile-input.js';
import { TENANT_ID, type SecuredBot } from './secured-bot.js';

/** How one Slack input comes back in view.state.values: the element's type and its value, as given. */
export interface SlackInput {
  readonly type: string;
  readonly value: unknown;
}

/**
 * A card action posted to /api/messages with a valid token, its data written as given (hostile keys,
 * deep nesting and all). It names no card to replace (no replyToId): replacing a card for everyone is a
 * call to the Bot Connector, which a bot with credentials cannot make without a real Microsoft login.
 */
export async function postTeamsCardAction(bot: SecuredBot, person: Person, verb: string, data: unknown) {
  const conversation = { id: `a:personal-${person._id}`, conversationType: 'personal', tenantId: TENANT_ID };
  const activity = {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `activity-${randomUUID()}`,
    channelId: 'msteams',
    serviceUrl: bot.connector.serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: `29:${person.identities.teamsAadObjectId}`, aadObjectId: person.identities.teamsAadObjectId },
    recipient: BOT,
    conversation,
    channelData: { tenant: { id: TENANT_ID } },
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
  const response = await fetch(`${bot.running.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: bot.bearer() },
    body: toJsonText(activity),
  });
  return { status: response.status, body: responseBody(await response.text()) };
}

/** A Slack button's value: the verb and the card data, written as given (as JSON text). */
export function slackButtonValue(verb: string, data: unknown): string {
  return toJsonText({ verb, data, opensForm: false });
}

/** A button without inputs pressed in Slack: its value carries the verb and the data, written as given. */
export function postSlackButton(bot: SecuredBot, person: Person, verb: string, data: unknown, channel: string) {
  return postSlackPayload(bot, {
    type: 'block_actions',
    team: { id: TEAM_ID, domain: 'derbyshire' },
    user: { id: person.identities.slackUserId, team_id: TEAM_ID },
    api_app_id: 'A-CHALLENGE',
    trigger_id: `trigger-${randomUUID()}`,
    channel: { id: channel },
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: channel },
    message: { ts: '1700000000.000100', type: 'message' },
    actions: [
      {
        type: 'button',
        action_id: 'button',
        block_id: 'actions',
        value: slackButtonValue(verb, data),
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  });
}

/**
 * One of the bot's modals submitted in Slack: the record it is about in its private metadata, with an input
 * block for each of `blockIds` and the values Slack reports for the inputs in `inputs`, written as given.
 */
export function postSlackModal(
  bot: SecuredBot,
  person: Person,
  verb: string,
  context: Record<string, unknown>,
  blockIds: readonly string[],
  inputs: readonly [string, SlackInput][],
  channel: string,
) {
  return postSlackPayload(bot, {
    type: 'view_submission',
    team: { id: TEAM_ID, domain: 'derbyshire' },
    user: { id: person.identities.slackUserId, team_id: TEAM_ID },
    api_app_id: 'A-CHALLENGE',
    view: slackModalView(verb, context, blockIds, inputs, channel),
  });
}

/**
 * A submitted modal of the bot's, as Slack reports it: the record it is about in its private metadata
 * (written as given), an input block for each of `blockIds` and the values for `inputs` in its state.
 */
export function slackModalView(
  verb: string,
  context: Record<string, unknown>,
  blockIds: readonly string[],
  inputs: readonly [string, SlackInput][],
  channel: string,
) {
  const values = Object.fromEntries(inputs.map(([id, input]) => [id, { [id]: slackValue(input) }]));
  return {
    id: `V-${randomUUID()}`,
    type: 'modal',
    team_id: TEAM_ID,
    callback_id: verb,
    private_metadata: toJsonText({
      verb,
      data: context,
      toggles: {},
      origin: { channel, ts: '1700000000.000100' },
    }),
    blocks: blockIds.map((id) => ({
      type: 'input',
      block_id: id,
      element: { type: 'plain_text_input', action_id: id },
    })),
    state: { values },
  };
}

function slackValue({ type, value }: SlackInput): Record<string, unknown> {
  switch (type) {
    case 'static_select':
    case 'radio_buttons':
      return { type, selected_option: typeof value === 'string' ? { value } : value };
    case 'multi_static_select':
    case 'checkboxes':
      return { type, selected_options: typeof value === 'string' ? [{ value }] : value };
    case 'datepicker':
      return { type, selected_date: value };
    case 'timepicker':
      return { type, selected_time: value };
    default:
      return { type, value };
  }
}

async function postSlackPayload(bot: SecuredBot, payload: Record<string, unknown>) {
  const body = new URLSearchParams({ payload: toJsonText(payload) }).toString();
  return postToSlackEndpoint(bot.running.baseUrl, { body, contentType: 'application/x-www-form-urlencoded' });
}
