import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackSender } from '../../../src/channels/slack/slack-sender.js';
import { DeliveryError } from '../../../src/outbox/platform-sender.js';
import { FakeSlackWebApi } from '../../fakes/slack-web-api.js';
import { aConversationLink } from '../../support/fixtures.js';

const slack = new FakeSlackWebApi();
beforeAll(() => slack.start());
afterAll(() => slack.stop());

const sender = () => SlackSender.create('xoxb-test-token', slack.apiUrl);
const channel = () =>
  aConversationLink({ platform: 'slack', conversationId: 'C-NOTICES', address: { channel: 'C-NOTICES' } });
const message = {
  card: {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: 'Challenge Day notice', size: 'Large' }],
  },
  text: 'Challenge Day notice',
};

describe('posting to Slack', () => {
  it('posts the card as Block Kit and returns the message ts, then updates that message in place', async () => {
    const { messageId } = await sender().post(channel(), message);
    expect(slack.messages.get(`C-NOTICES/${messageId}`)).toMatchObject({
      channel: 'C-NOTICES',
      text: 'Challenge Day notice',
    });
    expect(JSON.stringify(slack.messages.get(`C-NOTICES/${messageId}`)?.blocks)).toContain('Challenge Day notice');

    await sender().update(channel(), messageId, { ...message, text: 'Challenge Day notice: 2 attending' });
    expect(slack.messages.get(`C-NOTICES/${messageId}`)).toMatchObject({
      ts: messageId,
      text: 'Challenge Day notice: 2 attending',
    });
  });

  it('reports a 429 as rate limited with the wait Slack asked for, without waiting or retrying itself', async () => {
    slack.failNext({ status: 429, retryAfterSeconds: 7 });
    const callsBefore = slack.callsOf('chat.postMessage').length;
    const failure = await sender()
      .post(channel(), message)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeliveryError);
    expect(failure).toMatchObject({ failure: 'rate_limited', retryAfterMs: 7000 });
    expect(slack.callsOf('chat.postMessage').length).toBe(callsBefore + 1);
  });

  it('reports a channel that is gone as gone, a message refused as it is as rejected, and passing errors as passing', async () => {
    slack.failNext({ error: 'channel_not_found' }, { error: 'msg_too_long' }, { error: 'service_unavailable' });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({ failure: 'gone' });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({ failure: 'rejected' });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({ failure: 'transient' });
  });

  it('reports internal_error and a gateway 502 as posts that may have landed', async () => {
    slack.failNext({ error: 'internal_error' }, { status: 502 });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({ failure: 'unconfirmed' });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({ failure: 'unconfirmed' });
  });

  it('finds its own earlier post by the delivery id it carried, after Slack took it and answered 502', async () => {
    const since = new Date(Date.now() - 60_000);
    const link = aConversationLink({ platform: 'slack', conversationId: 'C-LOOKUP', address: { channel: 'C-LOOKUP' } });
    await sender().post(link, { ...message, text: 'someone else’s message' });
    slack.failNext({ status: 502, afterAccepting: true });
    await expect(sender().post(link, message, 'out-delivery-1')).rejects.toMatchObject({ failure: 'unconfirmed' });

    const found = await sender().findEarlierPost(link, 'out-delivery-1', since);
    expect(found).toBe(slack.messagesIn('C-LOOKUP').at(-1)?.ts);
    expect(await sender().findEarlierPost(link, 'out-never-posted', since)).toBeNull();
    expect(await sender().findEarlierPost(link, 'out-delivery-1', new Date(Date.now() + 60_000))).toBeNull();
  });

  it('paces posts to about one a second in a channel, and leaves updates to Slack’s workspace tiers', () => {
    expect(sender().limitsFor(channel(), 'post')).toEqual([
      { key: 'slack:channel:C-NOTICES', calls: 1, windowMs: 1_000 },
    ]);
    expect(sender().limitsFor(channel(), 'update')).toEqual([]);
  });
});
