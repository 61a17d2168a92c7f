import { PlatformLimits, type PlatformLimit } from './platform-limits.js';

/** The platforms' published limits (issue 9): Teams per conversation and per tenant, Slack per channel. */
export const TEAMS_PER_CONVERSATION_PER_SECOND = 7;
/** Every operation of a tenant counts: posts, and creating a conversation alike. */
export const TEAMS_PER_TENANT_PER_SECOND = 50;
export const SLACK_PER_CHANNEL_PER_SECOND = 1;
/** conversations.open is in Slack's Tier 3: 50 calls a minute per workspace. */
export const SLACK_OPENS_PER_MINUTE = 50;
/** One call in this many is answered 429 although within the limits, as the platforms sometimes do. */
export const INJECT_429_EVERY = 25;

/**
 * Teams' limits in front of the Bot Connector fake: a post counts against its conversation and the tenant
 * (the bench's chats are all of one tenant); creating a one-to-one conversation (POST /v3/conversations)
 * against the tenant.
 */
export function teamsLimitsBefore(connectorUrl: string): Promise<PlatformLimits> {
  return new PlatformLimits(
    connectorUrl,
    (path) => {
      const tenant = { key: 'tenant', calls: TEAMS_PER_TENANT_PER_SECOND, windowMs: 1_000 };
      if (/^\/v3\/conversations\/?(\?.*)?$/.test(path)) return [tenant];
      const conversation = /^\/v3\/conversations\/([^/]+)\/activities/.exec(path)?.[1];
      if (!conversation) return [];
      return [
        { key: `conversation:${conversation}`, calls: TEAMS_PER_CONVERSATION_PER_SECOND, windowMs: 1_000 },
        tenant,
      ];
    },
    INJECT_429_EVERY,
    { error: { code: 'Throttled', message: 'Too many requests' } },
  ).start();
}

/**
 * Slack's limits in front of the Web API fake: about one post a second in a channel, and conversations.open
 * at 50 a minute for the workspace.
 */
export function slackLimitsBefore(webApiUrl: string): Promise<PlatformLimits> {
  return new PlatformLimits(
    webApiUrl,
    (path, body): readonly PlatformLimit[] => {
      if (path.startsWith('/api/conversations.open')) {
        return [{ key: 'workspace:conversations.open', calls: SLACK_OPENS_PER_MINUTE, windowMs: 60_000 }];
      }
      if (!path.startsWith('/api/chat.postMessage')) return [];
      return [{ key: `channel:${slackChannelOf(body)}`, calls: SLACK_PER_CHANNEL_PER_SECOND, windowMs: 1_000 }];
    },
    INJECT_429_EVERY,
    { ok: false, error: 'ratelimited' },
  ).start();
}

function slackChannelOf(body: string): string {
  if (body.startsWith('{')) return String((JSON.parse(body) as { channel?: unknown }).channel ?? '');
  return new URLSearchParams(body).get('channel') ?? '';
}
