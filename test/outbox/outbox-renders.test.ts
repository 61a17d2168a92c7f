import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamsAdapter } from '../../src/channels/teams/teams-adapter.js';
import { TeamsSender } from '../../src/channels/teams/teams-sender.js';
import { SlackSender } from '../../src/channels/slack/slack-sender.js';
import { readConfig } from '../../src/config.js';
import type { Notification } from '../../src/domain/notifications/notification.js';
import { renderNotification } from '../../src/interactions/render-notification.js';
import { createLogger } from '../../src/logger.js';
import type { OutgoingCard } from '../../src/outbox/platform-sender.js';
import { createOutboxWorker, type OutboxWorker } from '../../src/outbox/outbox-worker.js';
import { aNoticeReply } from '../support/fixtures.js';
import { cardIn, textsOf } from '../support/teams-activities.js';
import { useTestDatabase } from '../support/test-database.js';
import {
  aDistrictWithADay,
  aSlackChannel,
  aTeamsChannel,
  toDistrictChannels,
  anOutboxScene,
} from './outbox-support.js';

const database = useTestDatabase();
const scene = anOutboxScene(database);
const { connector, slack, pacing } = scene;

/** Every render the outbox asked for, in order. */
const renders: Notification[] = [];
/** Runs once after the next render, before the outbox gets the card: something that happens meanwhile. */
let afterNextRender: (() => Promise<void>) | undefined;
let outbox: OutboxWorker;

beforeAll(async () => {
  await connector.start();
  await slack.start();
  const { stores } = database;
  outbox = createOutboxWorker({
    stores,
    senders: {
      teams: new TeamsSender(createTeamsAdapter(readConfig({})).credentialsFactory, ''),
      slack: SlackSender.create('xoxb-test-token', slack.apiUrl),
    },
    render: async (notification): Promise<OutgoingCard | null> => {
      renders.push(notification);
      const card = await renderNotification(stores, notification, scene.business.now);
      const meanwhile = afterNextRender;
      afterNextRender = undefined;
      await meanwhile?.();
      return card;
    },
    logger: createLogger('silent'),
    owner: 'instance-under-test',
    now: () => scene.business.now,
    pacingClock: pacing,
  });
});
afterAll(async () => {
  await outbox.idle();
  await connector.stop();
  await slack.stop();
});

/** How many are attending, as the notice card in a Teams channel shows it (the number above its label). */
function attendingShownIn(activity: Record<string, unknown> | undefined): number {
  const texts = textsOf(cardIn(activity));
  return Number(texts[texts.indexOf('Attending') - 1]);
}

const dayOf = (notice: Notification) => (notice.kind === 'challenge_day_notice' ? notice.challengeDayId : '');

describe('a notification going to many conversations', () => {
  it('is rendered once for a district’s Teams and Slack channels, and each channel gets it once', async () => {
    const notice = await aDistrictWithADay(scene, 'once');
    const teams = [await aTeamsChannel(scene, 'once'), await aTeamsChannel(scene, 'once')];
    const slackChannels = [await aSlackChannel(scene, 'once'), await aSlackChannel(scene, 'once')];
    renders.length = 0;

    await outbox.deliver(toDistrictChannels('once', notice, 1, 'notice'));
    await outbox.idle();

    expect(renders).toEqual([notice]);
    const teamsPosts = teams.map((channel) => connector.callsTo(channel.conversationId));
    expect(teamsPosts.map((posts) => posts.length)).toEqual([1, 1]);
    expect(cardIn(teamsPosts[0]?.[0]?.activity)).toEqual(cardIn(teamsPosts[1]?.[0]?.activity));
    expect(slackChannels.map((channel) => slack.messagesIn(channel.conversationId).length)).toEqual([1, 1]);
  });

  it('after a reply and its refresh while it is still going out, the copies sent afterwards show the reply', async () => {
    const notice = await aDistrictWithADay(scene, 'meanwhile');
    const channel = await aTeamsChannel(scene, 'meanwhile');
    // Two copies into one channel go one after the other, so the second is rendered after the first is sent.
    const deliveries = toDistrictChannels('meanwhile', notice, 2, 'copy');
    afterNextRender = async () => {
      await database.stores.noticeReplies.saveReply(aNoticeReply({ challengeDayId: dayOf(notice), kind: 'attending' }));
      await outbox.refresh(deliveries[0]?.key ?? '', notice);
    };

    await outbox.deliver(deliveries);
    await outbox.idle();

    const [first, second] = connector.callsTo(channel.conversationId);
    // The first was rendered before the reply was saved; the second is rendered afresh.
    expect(attendingShownIn(first?.activity)).toBe(0);
    expect(attendingShownIn(second?.activity)).toBe(1);
  });

  it('sent to a channel linked after a reply, shows the reply', async () => {
    const notice = await aDistrictWithADay(scene, 'later');
    const earlier = await aTeamsChannel(scene, 'later');
    const [delivery] = toDistrictChannels('later', notice, 1, 'notice');
    if (!delivery) throw new Error('no delivery');
    await outbox.deliver([delivery]);
    await outbox.idle();

    await database.stores.noticeReplies.saveReply(aNoticeReply({ challengeDayId: dayOf(notice), kind: 'attending' }));
    const linkedLater = await aTeamsChannel(scene, 'later');
    await outbox.deliver([delivery]);
    await outbox.idle();

    expect(attendingShownIn(connector.callsTo(earlier.conversationId)[0]?.activity)).toBe(0);
    expect(connector.callsTo(earlier.conversationId)).toHaveLength(1);
    expect(attendingShownIn(connector.callsTo(linkedLater.conversationId)[0]?.activity)).toBe(1);
  });
});
