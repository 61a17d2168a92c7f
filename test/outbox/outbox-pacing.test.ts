import { describe, expect, it } from 'vitest';
import { mostInAnyWindow, shortestGap } from '../support/arrival-times.js';
import { aConversationLink } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';
import {
  aDistrictWithADay,
  aSlackChannel,
  aTeamsChannel,
  useOutboxWorker,
  toDistrictChannels,
  anOutboxScene,
} from './outbox-support.js';
import { driver } from '../../src/store/driver-collection.js';

const database = useTestDatabase();
const scene = anOutboxScene(database);
const { connector, slack } = scene;
const outbox = useOutboxWorker(scene);

const slackPostsTo = (channel: string) =>
  slack.callsOf('chat.postMessage').filter((call) => call.args.channel === channel);

describe('the outbox keeps to each platform’s pace', () => {
  it('a burst of 20 notices reaches a Teams channel at most 7 a second, at close to that pace, each once', async () => {
    const notice = await aDistrictWithADay(scene, 'teams-burst');
    const teams = await aTeamsChannel(scene, 'teams-burst');

    await outbox().deliver(toDistrictChannels('teams-burst', notice, 20));
    await outbox().idle();

    const arrivals = connector.callsTo(teams.conversationId).map((call) => call.receivedAt);
    expect(arrivals).toHaveLength(20);
    expect(mostInAnyWindow(arrivals, 1_000)).toBe(7);
    // 20 at 7 a second: a full second's worth, another, and the rest — a little over two seconds in all.
    expect(Math.max(...arrivals) - Math.min(...arrivals)).toBeLessThan(2_500);
  });

  it('a burst of 10 notices reaches a Slack channel a second apart, at close to that pace, each once', async () => {
    const notice = await aDistrictWithADay(scene, 'slack-burst');
    const slackChannel = await aSlackChannel(scene, 'slack-burst');

    await outbox().deliver(toDistrictChannels('slack-burst', notice, 10));
    await outbox().idle();

    const arrivals = slackPostsTo(slackChannel.conversationId).map((call) => call.receivedAt);
    expect(arrivals).toHaveLength(10);
    expect(shortestGap(arrivals)).toBeGreaterThanOrEqual(1_000);
    expect(Math.max(...arrivals) - Math.min(...arrivals)).toBeLessThan(9_500);
    expect(slack.messagesIn(slackChannel.conversationId)).toHaveLength(10);
  });

  it('bursts to a Teams channel and a Slack channel at once each keep their own limit, and every message lands once', async () => {
    const notice = await aDistrictWithADay(scene, 'both');
    const teams = await aTeamsChannel(scene, 'both');
    const slackChannel = await aSlackChannel(scene, 'both');

    await outbox().deliver(toDistrictChannels('both', notice, 20));
    await outbox().idle();

    const teamsArrivals = connector.callsTo(teams.conversationId).map((call) => call.receivedAt);
    const slackArrivals = slackPostsTo(slackChannel.conversationId).map((call) => call.receivedAt);
    expect(teamsArrivals).toHaveLength(20);
    expect(slackArrivals).toHaveLength(20);
    expect(mostInAnyWindow(teamsArrivals, 1_000)).toBeLessThanOrEqual(7);
    expect(shortestGap(slackArrivals)).toBeGreaterThanOrEqual(1_000);
    expect(slack.messagesIn(slackChannel.conversationId)).toHaveLength(20);
    const entries = await database.stores.outbox.collection[driver].find({ key: /:both$/ }).toArray();
    expect(entries.map((entry) => entry.status)).toEqual(Array(40).fill('sent'));
  });

  it('a message to someone else goes out alongside a burst, not behind it — also when queued while the burst is under way', async () => {
    const notice = await aDistrictWithADay(scene, 'alongside');
    const slackChannel = await aSlackChannel(scene, 'alongside');
    const priyasChat = aConversationLink({
      platform: 'teams',
      conversationId: 'a:personal-chat-priya',
      kind: 'personal',
      personId: 'person-priya',
      districtId: undefined,
      audience: undefined,
      address: {
        serviceUrl: connector.serviceUrl,
        conversation: { id: 'a:personal-chat-priya', conversationType: 'personal', tenantId: 'tenant-derbyshire' },
        bot: { id: '28:challenge-day-bot', name: 'Challenge Day' },
      },
    });
    await database.stores.conversationLinks.remember(priyasChat);
    const toPriya = (key: string) => ({
      key,
      notification: notice,
      destination: { kind: 'person' as const, personId: 'person-priya' },
    });

    await outbox().deliver([...toDistrictChannels('alongside', notice, 10), toPriya('priya-first')]);
    await outbox().deliver([toPriya('priya-second')]);
    await outbox().idle();

    const slackArrivals = slackPostsTo(slackChannel.conversationId).map((call) => call.receivedAt);
    const [first, second] = connector.callsTo(priyasChat.conversationId).map((call) => call.receivedAt);
    expect(slackArrivals).toHaveLength(10);
    expect(first).toBeLessThan(slackArrivals[1] ?? 0);
    expect(second).toBeLessThan(slackArrivals.at(-1) ?? 0);
  });

  it('a notice to 60 Teams channels of one tenant never reaches Teams faster than 50 a second', async () => {
    const notice = await aDistrictWithADay(scene, 'broadcast');
    const channels = [];
    for (let channel = 0; channel < 60; channel += 1) channels.push(await aTeamsChannel(scene, 'broadcast'));

    await outbox().deliver(toDistrictChannels('broadcast', notice, 1, 'notice'));
    await outbox().idle();

    const arrivals = channels.flatMap((channel) => connector.callsTo(channel.conversationId));
    expect(arrivals).toHaveLength(60);
    expect(
      mostInAnyWindow(
        arrivals.map((call) => call.receivedAt),
        1_000,
      ),
    ).toBeLessThanOrEqual(50);
  });
});
