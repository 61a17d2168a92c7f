import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamsAdapter } from '../../../src/channels/teams/teams-adapter.js';
import { TeamsSender } from '../../../src/channels/teams/teams-sender.js';
import { readConfig } from '../../../src/config.js';
import { DeliveryError } from '../../../src/outbox/platform-sender.js';
import { FakeBotConnector } from '../../fakes/bot-connector.js';
import { aConversationLink } from '../../support/fixtures.js';

const connector = new FakeBotConnector();
beforeAll(() => connector.start());
afterAll(() => connector.stop());

const sender = () => new TeamsSender(createTeamsAdapter(readConfig({})).credentialsFactory, '');
const channel = () =>
  aConversationLink({
    address: {
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      conversation: { id: '19:notices@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1' },
      bot: { id: '28:bot', name: 'Challenge Day' },
    },
  });
const message = {
  card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Notice' }] },
  text: 'Notice',
};

describe('posting to Teams', () => {
  it('posts the card into the conversation and returns the id Teams gave it, then updates that message in place', async () => {
    const { messageId } = await sender().post(channel(), message);
    expect(messageId).toMatch(/^activity-/);
    const posted = connector.message(messageId);
    expect(posted).toMatchObject({
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: message.card }],
    });

    const updated = {
      ...message,
      card: { ...message.card, body: [{ type: 'TextBlock', text: 'Notice: 2 attending' }] },
    };
    await sender().update(channel(), messageId, updated);
    expect(connector.message(messageId)).toMatchObject({ id: messageId, attachments: [{ content: updated.card }] });
    expect(connector.callsTo('19:notices@thread.tacv2').map((call) => call.method)).toEqual(['POST', 'PUT']);
  });

  it('reports a 429 as rate limited with the wait Teams asked for', async () => {
    connector.failNext({ status: 429, retryAfterSeconds: 3 });
    const failure = await sender()
      .post(channel(), message)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeliveryError);
    expect(failure).toMatchObject({ failure: 'rate_limited', retryAfterMs: 3000 });
  });

  it('reports a 404 as a conversation that is gone, and a 502 as passing', async () => {
    connector.failNext({ status: 404 }, { status: 502 });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({ failure: 'gone' });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({ failure: 'transient' });
  });
});
