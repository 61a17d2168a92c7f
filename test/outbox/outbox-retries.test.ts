import { describe, expect, it } from 'vitest';
import { SlackSender } from '../../src/channels/slack/slack-sender.js';
import { queueDeliveries } from '../../src/outbox/queue-deliveries.js';
import { outboxEntryId } from '../../src/store/outbox.js';
import { useTestDatabase } from '../support/test-database.js';
import {
  aDistrictWithADay,
  aSlackChannel,
  aTeamsChannel,
  later,
  useOutboxWorker,
  toDistrictChannels,
  anOutboxScene,
} from './outbox-support.js';

const database = useTestDatabase();
const scene = anOutboxScene(database);
const { connector, slack } = scene;
const outbox = useOutboxWorker(scene);

/** Lets the outbox send what is ready now, and waits until it is done. */
async function sendWhatIsReady(): Promise<void> {
  await outbox().kick();
  await outbox().idle();
}

const entryFor = (key: string, platform: 'teams' | 'slack', conversationId: string) =>
  database.stores.outbox.collection.findById(outboxEntryId(key, platform, conversationId));

const postsTo = (channel: string) => slack.callsOf('chat.postMessage').filter((call) => call.args.channel === channel);

describe('delivery when Slack is throttling and failing', () => {
  it('waits out a 429’s Retry-After, and after a 502 that took the message finds it rather than posting it again', async () => {
    const notice = await aDistrictWithADay(scene, 'slack-429-502');
    const channel = await aSlackChannel(scene, 'slack-429-502');
    slack.failNext(
      { status: 429, retryAfterSeconds: 3, method: 'chat.postMessage', channel: channel.conversationId },
      { status: 502, afterAccepting: true, method: 'chat.postMessage', channel: channel.conversationId },
    );
    const [delivery] = toDistrictChannels('slack-429-502', notice);

    await outbox().deliver([delivery!]);
    await outbox().idle();
    expect(postsTo(channel.conversationId).map((call) => call.status)).toEqual([429]);

    later(scene, 2_000);
    await sendWhatIsReady();
    expect(postsTo(channel.conversationId)).toHaveLength(1); // still waiting: Slack asked for 3 seconds

    later(scene, 1_000);
    await sendWhatIsReady();
    const [throttled, cutOff] = postsTo(channel.conversationId);
    expect(cutOff?.status).toBe(502);
    expect((cutOff?.receivedAt ?? 0) - (throttled?.receivedAt ?? 0)).toBeGreaterThanOrEqual(3_000);
    expect(slack.messagesIn(channel.conversationId)).toHaveLength(1); // Slack took it before the 502

    later(scene, 1_000);
    await sendWhatIsReady();
    expect(slack.callsOf('conversations.history').at(-1)?.args).toMatchObject({
      channel: channel.conversationId,
      include_all_metadata: 'true',
    });
    expect(postsTo(channel.conversationId)).toHaveLength(2); // not posted a third time
    const messages = slack.messagesIn(channel.conversationId);
    expect(messages).toHaveLength(1);
    const entry = await entryFor(delivery!.key, 'slack', channel.conversationId);
    expect(entry).toMatchObject({ status: 'sent', sentMessageId: messages[0]?.ts });

    // Remembering the ts, a later change updates that message in place.
    await outbox().refresh(delivery!.key, notice);
    expect(slack.callsOf('chat.update').at(-1)?.args).toMatchObject({ ts: messages[0]?.ts });
  });

  it('after a 502 that did not take the message, looks, finds nothing, and posts it once', async () => {
    const notice = await aDistrictWithADay(scene, 'slack-502');
    const channel = await aSlackChannel(scene, 'slack-502');
    slack.failNext({ status: 502, method: 'chat.postMessage', channel: channel.conversationId });
    const [delivery] = toDistrictChannels('slack-502', notice);

    await outbox().deliver([delivery!]);
    await outbox().idle();
    expect(slack.messagesIn(channel.conversationId)).toHaveLength(0);

    later(scene, 1_000);
    await sendWhatIsReady();
    expect(slack.messagesIn(channel.conversationId)).toHaveLength(1);
    expect(await entryFor(delivery!.key, 'slack', channel.conversationId)).toMatchObject({ status: 'sent' });
  });

  it('a message posted by an instance that died before recording it is found, not posted again', async () => {
    const notice = await aDistrictWithADay(scene, 'slack-crash');
    const channel = await aSlackChannel(scene, 'slack-crash');
    const [delivery] = toDistrictChannels('slack-crash', notice);
    const id = outboxEntryId(delivery!.key, 'slack', channel.conversationId);
    // The instance that died: it queued and claimed the message, marked the post under way and made it.
    await queueDeliveries(database.stores, [delivery!], scene.business.now);
    const leaseUntil = new Date(scene.business.now.getTime() + 60_000);
    expect((await database.stores.outbox.claimReady(scene.business.now, 'dead-instance', leaseUntil))?._id).toBe(id);
    await database.stores.outbox.markAttemptStarted(id, scene.business.now);
    await SlackSender.create('xoxb-test-token', slack.apiUrl).post(channel, { card: {}, text: 'the notice' }, id);

    later(scene, 61_000); // its lease runs out
    await sendWhatIsReady();

    expect(postsTo(channel.conversationId)).toHaveLength(1);
    expect(await entryFor(delivery!.key, 'slack', channel.conversationId)).toMatchObject({
      status: 'sent',
      sentMessageId: slack.messagesIn(channel.conversationId)[0]?.ts,
    });
  });
});

describe('delivery when Teams is throttling and failing', () => {
  it('waits out a 429’s Retry-After date; after a 502 that took the message it does not post again, and says so', async () => {
    const notice = await aDistrictWithADay(scene, 'teams-429-502');
    const channel = await aTeamsChannel(scene, 'teams-429-502');
    connector.failNext(
      { status: 429, retryAfterSeconds: 3, retryAfterAsDate: true, conversationId: channel.conversationId },
      { status: 502, afterAccepting: true, conversationId: channel.conversationId },
    );
    const [delivery] = toDistrictChannels('teams-429-502', notice);

    await outbox().deliver([delivery!]);
    await outbox().idle();
    later(scene, 2_000);
    await sendWhatIsReady();
    const requests = () => connector.requests.filter((request) => request.conversationId === channel.conversationId);
    expect(requests().map((request) => request.status)).toEqual([429]);

    later(scene, 1_000);
    await sendWhatIsReady();
    later(scene, 10 * 60_000);
    await sendWhatIsReady();

    const [throttled, cutOff] = requests();
    expect(requests().map((request) => request.status)).toEqual([429, 502]);
    expect((cutOff?.receivedAt ?? 0) - (throttled?.receivedAt ?? 0)).toBeGreaterThanOrEqual(3_000);
    expect(connector.callsTo(channel.conversationId)).toHaveLength(1); // in the channel once
    const entry = await entryFor(delivery!.key, 'teams', channel.conversationId);
    expect(entry).toMatchObject({ status: 'failed', failedBecause: 'unconfirmed' });
    expect(entry?.lastError).toContain('Teams gives no way to check whether it arrived, so it was not sent again');
  });

  it('retries a 412 and a 503 with backoff, and the message lands once', async () => {
    const notice = await aDistrictWithADay(scene, 'teams-503');
    const channel = await aTeamsChannel(scene, 'teams-503');
    connector.failNext(
      { status: 412, conversationId: channel.conversationId },
      { status: 503, conversationId: channel.conversationId },
    );
    const [delivery] = toDistrictChannels('teams-503', notice);

    await outbox().deliver([delivery!]);
    await outbox().idle();
    later(scene, 1_000); // the first backoff is at most a second
    await sendWhatIsReady();
    expect(connector.callsTo(channel.conversationId)).toHaveLength(0);
    later(scene, 2_000); // the second at most two
    await sendWhatIsReady();

    expect(connector.callsTo(channel.conversationId)).toHaveLength(1);
    expect(await entryFor(delivery!.key, 'teams', channel.conversationId)).toMatchObject({
      status: 'sent',
      failures: 2,
    });
  });

  it('a conversation that keeps answering 503 is retried for a quarter of an hour, then kept as failed with the reason', async () => {
    const notice = await aDistrictWithADay(scene, 'teams-down');
    const channel = await aTeamsChannel(scene, 'teams-down');
    connector.failNext(...Array.from({ length: 12 }, () => ({ status: 503, conversationId: channel.conversationId })));
    const [delivery] = toDistrictChannels('teams-down', notice);

    await outbox().deliver([delivery!]);
    await outbox().idle();
    for (let retry = 0; retry < 12; retry += 1) {
      later(scene, 5 * 60_000); // longer than the longest backoff
      await sendWhatIsReady();
    }

    expect(connector.requests.filter((request) => request.conversationId === channel.conversationId)).toHaveLength(12);
    const entry = await entryFor(delivery!.key, 'teams', channel.conversationId);
    expect(entry).toMatchObject({ status: 'failed', failedBecause: 'gave_up' });
    expect(entry?.lastError).toMatch(/^gave up after 12 tries: platform answered 503/);
  });

  it('a 404 (the bot was removed) is not retried: the link is marked broken and what was queued for it is not sent', async () => {
    const notice = await aDistrictWithADay(scene, 'teams-404');
    const channel = await aTeamsChannel(scene, 'teams-404');
    connector.failNext({ status: 404, conversationId: channel.conversationId });
    const [first, second] = toDistrictChannels('teams-404', notice, 2);

    await outbox().deliver([first!, second!]);
    await outbox().idle();
    later(scene, 10 * 60_000);
    await sendWhatIsReady();

    expect(connector.requests.filter((request) => request.conversationId === channel.conversationId)).toHaveLength(1);
    expect(await database.stores.conversationLinks.collection.findById(channel._id)).toMatchObject({
      status: 'broken',
      brokenReason: expect.stringContaining('404') as unknown,
    });
    const outcomes = await Promise.all(
      [first!, second!].map((delivery) => entryFor(delivery.key, 'teams', channel.conversationId)),
    );
    expect(outcomes.map((entry) => entry?.failedBecause).sort()).toEqual(['conversation_gone', 'link_broken']);
  });

  it('a message an instance died while posting is not posted again, and is kept as "may have been delivered"', async () => {
    const notice = await aDistrictWithADay(scene, 'teams-crash');
    const channel = await aTeamsChannel(scene, 'teams-crash');
    const [delivery] = toDistrictChannels('teams-crash', notice);
    const id = outboxEntryId(delivery!.key, 'teams', channel.conversationId);
    await queueDeliveries(database.stores, [delivery!], scene.business.now);
    await database.stores.outbox.claimReady(
      scene.business.now,
      'dead-instance',
      new Date(scene.business.now.getTime() + 60_000),
    );
    await database.stores.outbox.markAttemptStarted(id, scene.business.now);

    later(scene, 61_000);
    await sendWhatIsReady();

    expect(connector.callsTo(channel.conversationId)).toHaveLength(0);
    const entry = await entryFor(delivery!.key, 'teams', channel.conversationId);
    expect(entry).toMatchObject({ status: 'failed', failedBecause: 'unconfirmed' });
    expect(entry?.lastError).toContain('the bot stopped while sending it');
  });
});
