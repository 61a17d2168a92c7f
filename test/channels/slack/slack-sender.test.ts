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

  it('reports a channel that is gone as gone, and other platform errors as passing', async () => {
    slack.failNext({ error: 'channel_not_found' }, { error: 'internal_error' });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({ failure: 'gone' });
    await expect(sender().post(channel(), message)).rejects.toMatchObject({ failure: 'transient' });
  });
});
