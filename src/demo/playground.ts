import { conversationLinkId } from '../store/conversation-links.js';
import type { ConversationLink } from '../domain/links/conversation-link.js';

/**
 * The Agents Playground's team channel (see .m365agentsplayground.yml; it allows one besides General),
 * linked to Chesterfield in the demo so the day planned there posts its notice into it, and used as the
 * managers' channel too, for the monthly performance summary.
 */
export const PLAYGROUND_CHANNELS = [
  { id: 'channel-chesterfield', districtId: 'chesterfield', audience: 'district', purpose: 'managers' },
] as const;

export const PLAYGROUND_SERVICE_URL = 'http://localhost:56150/_connector';
export const PLAYGROUND_TENANT_ID = '00000000-0000-0000-0000-0000000000001';
export const PLAYGROUND_BOT_ID = '00000000-0000-0000-0000-00000000000011';

export function playgroundChannelLink(channel: (typeof PLAYGROUND_CHANNELS)[number], now: Date): ConversationLink {
  return {
    _id: conversationLinkId('teams', channel.id),
    platform: 'teams',
    conversationId: channel.id,
    kind: 'channel',
    districtId: channel.districtId,
    audience: channel.audience,
    purpose: channel.purpose,
    address: {
      channelId: 'msteams',
      serviceUrl: PLAYGROUND_SERVICE_URL,
      conversation: { id: channel.id, conversationType: 'channel', tenantId: PLAYGROUND_TENANT_ID, isGroup: true },
      bot: { id: PLAYGROUND_BOT_ID, name: 'Challenge Day' },
    },
    status: 'active',
    updatedAt: now,
  };
}
