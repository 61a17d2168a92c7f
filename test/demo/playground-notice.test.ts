import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { PLAYGROUND_CHANNELS, PLAYGROUND_TENANT_ID, playgroundChannelLink } from '../../src/demo/playground.js';
import { teamsScene } from '../support/scene.js';
import { botInstalled, postActivity, type TeamsConversation } from '../support/teams-activities.js';

const now = new Date('2026-11-26T10:00:00Z');

/** A loopback address nothing listens on: the playground's, before it is opened. */
async function closedServiceUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 9}/_connector`;
}

/** The demo's Chesterfield channel, with its link pointing where nothing answers yet. */
async function seedWithPlaygroundClosed(stores: Parameters<typeof seedDemo>[0]): Promise<void> {
  await seedDemo(stores, now);
  const link = playgroundChannelLink(PLAYGROUND_CHANNELS[0], now);
  await stores.conversationLinks.remember({
    ...link,
    address: { ...link.address, serviceUrl: await closedServiceUrl() },
  });
}

const channel: TeamsConversation = { id: 'channel-chesterfield', type: 'channel', tenantId: PLAYGROUND_TENANT_ID };
const priya = { aadObjectId: '00000000-0000-0000-0000-000000000020', name: 'Priya Patel' };
const noticesIn = (posts: { activity?: Record<string, unknown> }[]) =>
  posts.filter((call) => JSON.stringify(call.activity ?? {}).includes('Chesterfield Town Hall, Committee Room 2'));

describe('the demo notice when the bot starts before the playground', () => {
  const teams = teamsScene({ now, districts: [], seed: () => seedWithPlaygroundClosed(teams.database.stores) });

  it('is posted in the channel once it first writes to the bot, after the bot had given up posting it', async () => {
    await teams.running.bot.tick();
    await teams.settle();
    for (let wait = 0; wait < 14; wait += 1) await teams.later(6 * 60_000);
    const failedHere = async () =>
      (await teams.database.stores.outbox.failedDeliveries(50)).filter((entry) => entry.conversationId === channel.id);
    const [given] = await failedHere();
    expect(given).toMatchObject({ conversationId: 'channel-chesterfield', status: 'failed', failedBecause: 'gave_up' });
    expect(teams.connector.callsTo(channel.id)).toEqual([]);

    // The playground opens (on whatever port) and Priya writes to the bot in the channel.
    await teams.say(priya, channel, 'help');
    await teams.settle();
    expect(noticesIn(teams.connector.callsTo(channel.id))).toHaveLength(1);
    expect(await failedHere()).toEqual([]);
  });

  it('is not posted again when the channel writes again, or someone else writes there', async () => {
    await teams.say(priya, channel, 'help');
    await postActivity(
      teams.running.baseUrl,
      botInstalled(teams.serviceUrl, channel, {
        aadObjectId: '00000000-0000-0000-0000-000000000021',
        name: 'Martin Cole',
      }),
    );
    await teams.settle();
    expect(noticesIn(teams.connector.callsTo(channel.id))).toHaveLength(1);
  });
});

describe('the demo notice when the playground opens the channel while the bot still retries it', () => {
  const teams = teamsScene({ now, districts: [], seed: () => seedWithPlaygroundClosed(teams.database.stores) });

  it('is posted as soon as the playground shows the channel to the bot, without waiting out the backoff', async () => {
    await teams.running.bot.tick();
    await teams.settle();
    for (let wait = 0; wait < 4; wait += 1) await teams.later(2_000);
    expect(teams.connector.callsTo(channel.id)).toEqual([]);

    await postActivity(teams.running.baseUrl, botInstalled(teams.serviceUrl, channel, priya));
    await teams.settle();
    expect(noticesIn(teams.connector.callsTo(channel.id))).toHaveLength(1);
  });
});

describe('a demo notice given up on more than two days before the channel is heard from', () => {
  const teams = teamsScene({ now, districts: [], seed: () => seedWithPlaygroundClosed(teams.database.stores) });

  it('is left as a failed delivery rather than posted late', async () => {
    await teams.running.bot.tick();
    await teams.settle();
    for (let wait = 0; wait < 14; wait += 1) await teams.later(6 * 60_000);
    teams.setNow(new Date(now.getTime() + 3 * 24 * 60 * 60_000));

    await teams.say(priya, channel, 'help');
    await teams.settle();
    expect(noticesIn(teams.connector.callsTo(channel.id))).toEqual([]);
    const failed = await teams.database.stores.outbox.failedDeliveries(50);
    expect(
      failed.find((entry) => entry.conversationId === channel.id && entry.key === 'notice:day-demo-chesterfield-next'),
    ).toMatchObject({ status: 'failed', failedBecause: 'gave_up' });
  });
});
