import type { FakeBotConnector } from '../../fakes/bot-connector.js';
import type { FakeSlackWebApi } from '../../fakes/slack-web-api.js';
import type { DirectAnswer } from './chat-drivers.js';

/** One thing that left, or would leave, for Teams or Slack, and the planted text it may carry. */
export interface Outbound {
  readonly what: string;
  readonly body: string;
  /** Planted text this one may show: the person's own entry handed back to them, or the detail view. */
  readonly allowed: readonly string[];
}

/**
 * Everything the fakes recorded — Bot Connector calls (replies, proactive posts, updates in place), Slack
 * Web API calls (messages, updates, ephemerals, modals, App Home) and posts to response URLs — and every
 * answer given straight back in an HTTP response.
 */
export function everythingSent(
  connector: FakeBotConnector,
  slack: FakeSlackWebApi,
  direct: readonly DirectAnswer[],
  detailViews: ReadonlySet<string>,
): Outbound[] {
  return [
    ...connector.calls.map((call) => ({
      what: `Teams ${call.method} to ${call.conversationId}`,
      body: JSON.stringify(call.activity),
      allowed: detailViews.has(call.id) ? ['*'] : [],
    })),
    ...slack.calls.map((call) => ({ what: `Slack ${call.method}`, body: JSON.stringify(call.args), allowed: [] })),
    ...slack.responses.map((response) => ({
      what: `Slack response to ${response.path}`,
      body: JSON.stringify(response.body),
      allowed: [],
    })),
    ...direct.map((answer) => ({ what: answer.what, body: answer.body, allowed: answer.typed })),
  ];
}

/** Planted values found where they must not be: each with where it was seen. */
export function leaksIn(sent: readonly Outbound[], planted: readonly string[]): string[] {
  const found: string[] = [];
  for (const item of sent) {
    if (item.allowed.includes('*')) continue;
    const body = item.body.toLowerCase();
    for (const value of planted) {
      const ownEntry = item.allowed.some((typed) => typed.toLowerCase().includes(value.toLowerCase()));
      if (!ownEntry && body.includes(value.toLowerCase())) found.push(`${value} in ${item.what}`);
    }
  }
  return found;
}
