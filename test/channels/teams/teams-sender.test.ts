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
    conversationId: '19:notices@thread.tacv2',
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

  it('reads a Retry-After given as an HTTP date as the wait until that moment', async () => {
    connector.failNext({ status: 429, retryAfterSeconds: 5, retryAfterAsDate: true });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({
      failure: 'rate_limited',
      retryAfterMs: 5000,
    });
  });

  it('reports a 404 or 403 as a conversation that is gone, and 400 as a message refused as it is', async () => {
    connector.failNext({ status: 404 }, { status: 403 }, { status: 400 });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({ failure: 'gone' });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({ failure: 'gone' });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({ failure: 'rejected' });
  });

  it('reports 412 and 503 as passing refusals, and 502 and 504 as posts that may have landed', async () => {
    connector.failNext({ status: 412 }, { status: 503 }, { status: 502 }, { status: 504 });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({ failure: 'transient' });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({ failure: 'transient' });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({ failure: 'unconfirmed' });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({ failure: 'unconfirmed' });
  });

  it('paces by 7 a second and 1,800 an hour in the conversation, and 50 a second in the tenant', () => {
    expect(sender().limitsFor(channel())).toEqual([
      { key: 'teams:conversation:19:notices@thread.tacv2', calls: 7, windowMs: 1_000 },
      { key: 'teams:conversation:19:notices@thread.tacv2', calls: 1_800, windowMs: 3_600_000 },
      { key: 'teams:tenant:tenant-1', calls: 50, windowMs: 1_000 },
    ]);
  });
});
