import { createHmac } from 'node:crypto';
import { responseBody } from './response-body.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const TEAM_ID = 'T-DERBYSHIRE';

/** Signs a body as Slack does (v0, HMAC-SHA256 of "v0:timestamp:body" with the signing secret). */
export function slackSignature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlackPost {
  readonly body: string;
  readonly contentType: string;
  readonly timestamp?: number;
  readonly signature?: string;
  readonly headers?: Record<string, string>;
}

/** Posts to the bot's /slack/events as Slack does, signed unless told otherwise. */
export async function postToSlackEndpoint(baseUrl: string, post: SlackPost) {
  const timestamp = post.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': post.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': post.signature ?? slackSignature(post.body, timestamp),
      ...post.headers,
    },
    body: post.body,
  });
  const text = await response.text();
  return { status: response.status, body: responseBody(text) };
}

/** A /challenge slash command. */
export function slashCommand(
  user: string,
  channel: string,
  text: string,
  responseUrl: string,
  team = TEAM_ID,
): SlackPost {
  const body = new URLSearchParams({
    token: 'deprecated',
    team_id: team,
    team_domain: 'derbyshire',
    channel_id: channel,
    channel_name: channel.startsWith('D') ? 'directmessage' : 'chesterfield-notices',
    user_id: user,
    user_name: user.toLowerCase(),
    command: '/challenge',
    text,
    response_url: responseUrl,
    trigger_id: `trigger-${Date.now()}`,
    api_app_id: 'A-CHALLENGE',
  }).toString();
  return { body, contentType: 'application/x-www-form-urlencoded' };
}

/** An interactivity payload (block_actions, view_submission), form-encoded as Slack sends it. */
export function interaction(payload: Record<string, unknown>, headers: Record<string, string> = {}): SlackPost {
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: 'application/x-www-form-urlencoded',
    headers,
  };
}

export function buttonPressed(user: string, channel: string, messageTs: string, value: string, team = TEAM_ID) {
  return interaction({
    type: 'block_actions',
    team: { id: team, domain: 'derbyshire' },
    user: { id: user, team_id: team },
    api_app_id: 'A-CHALLENGE',
    trigger_id: `trigger-${Date.now()}`,
    channel: { id: channel },
    container: { type: 'message', message_ts: messageTs, channel_id: channel },
    message: { ts: messageTs, type: 'message' },
    actions: [{ type: 'button', action_id: 'button', block_id: 'actions', value, action_ts: `${Date.now() / 1000}` }],
  });
}

/** Text typed into an external select of an open modal: Slack asks the options load URL for its options. */
export function optionsRequested(
  user: string,
  view: { id?: string; private_metadata: string },
  actionId: string,
  typed: string,
  team = TEAM_ID,
): SlackPost {
  return interaction({
    type: 'block_suggestion',
    team: { id: team, domain: 'derbyshire' },
    user: { id: user, name: user.toLowerCase(), team_id: team },
    api_app_id: 'A-CHALLENGE',
    token: 'deprecated',
    container: { type: 'view', view_id: view.id ?? 'V-MODAL' },
    action_id: actionId,
    block_id: actionId,
    value: typed,
    view: { ...view, id: view.id ?? 'V-MODAL', type: 'modal', team_id: team },
  });
}

interface ModalBlock {
  type: string;
  block_id?: string;
  element?: {
    type: string;
    action_id?: string;
    initial_option?: { value: string };
    initial_options?: { value: string }[];
    initial_value?: string;
    initial_date?: string;
    initial_time?: string;
  };
}

/** Fills a modal as a person would: each answer goes in the form Slack reports for that kind of input. */
export function modalSubmitted(
  user: string,
  view: { id?: string; callback_id?: string; private_metadata: string; blocks: ModalBlock[] },
  answers: Record<string, string>,
  headers: Record<string, string> = {},
  team = TEAM_ID,
) {
  const values: Record<string, Record<string, unknown>> = {};
  for (const block of view.blocks) {
    if (block.type !== 'input' || !block.block_id || !block.element) continue;
    // Slack sends an input's initial value when the person leaves it as it is.
    const element = block.element;
    const initial =
      element.initial_option?.value ??
      element.initial_options?.map((option) => option.value).join(',') ??
      element.initial_value ??
      element.initial_date ??
      element.initial_time;
    const answer = answers[block.block_id] ?? initial;
    const type = element.type;
    const id = element.action_id ?? block.block_id;
    const value = (() => {
      switch (type) {
        case 'static_select':
        case 'external_select':
        case 'radio_buttons':
          return { type, selected_option: answer ? { value: answer } : null };
        case 'multi_static_select':
        case 'multi_external_select':
        case 'checkboxes':
          return { type, selected_options: (answer ? answer.split(',') : []).map((v) => ({ value: v })) };
        case 'datepicker':
          return { type, selected_date: answer ?? null };
        case 'timepicker':
          return { type, selected_time: answer ?? null };
        default:
          return { type, value: answer ?? null };
      }
    })();
    values[block.block_id] = { [id]: value };
  }
  return interaction(
    {
      type: 'view_submission',
      team: { id: team, domain: 'derbyshire' },
      user: { id: user, team_id: team },
      api_app_id: 'A-CHALLENGE',
      view: { ...view, id: view.id ?? 'V-MODAL', type: 'modal', team_id: team, state: { values } },
    },
    headers,
  );
}

/**
 * A button pressed in the bot's App Home: Slack sends the home view it was pressed in (its id, and the hash of
 * the version shown), with no channel and no message.
 */
export function homeButtonPressed(
  user: string,
  view: { readonly id: string; readonly hash: string },
  value: string,
  team = TEAM_ID,
): SlackPost {
  return interaction({
    type: 'block_actions',
    team: { id: team, domain: 'derbyshire' },
    user: { id: user, team_id: team },
    api_app_id: 'A-CHALLENGE',
    trigger_id: `trigger-${Date.now()}-${Math.random()}`,
    container: { type: 'view', view_id: view.id },
    view: { id: view.id, hash: view.hash, type: 'home', team_id: team, private_metadata: '', blocks: [] },
    actions: [{ type: 'button', action_id: 'button', block_id: 'actions', value, action_ts: `${Date.now() / 1000}` }],
  });
}

/** Slack's event when someone opens the bot's App Home tab. */
export function appHomeOpened(user: string, team = TEAM_ID): SlackPost {
  return {
    body: JSON.stringify({
      token: 'deprecated',
      team_id: team,
      api_app_id: 'A-CHALLENGE',
      type: 'event_callback',
      event_id: `Ev-HOME-${user}-${Date.now()}-${Math.random()}`,
      event_time: Math.floor(Date.now() / 1000),
      event: { type: 'app_home_opened', user, channel: `D-${user}`, tab: 'home' },
    }),
    contentType: 'application/json',
  };
}
