import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { createTeamsAdapter } from '../../src/channels/teams/teams-adapter.js';
import { TeamsSender } from '../../src/channels/teams/teams-sender.js';
import { SlackSender } from '../../src/channels/slack/slack-sender.js';
import { readConfig } from '../../src/config.js';
import type { ConversationLink } from '../../src/domain/links/conversation-link.js';
import type { Delivery, Notification } from '../../src/domain/notifications/notification.js';
import { renderNotification } from '../../src/interactions/render-notification.js';
import { createLogger } from '../../src/logger.js';
import { createOutboxWorker, type OutboxWorker } from '../../src/outbox/outbox-worker.js';
import { FakeBotConnector } from '../fakes/bot-connector.js';
import { FakeSlackWebApi } from '../fakes/slack-web-api.js';
import { aChallengeDay, aConversationLink, aDistrict } from '../support/fixtures.js';
import type { TestDatabase } from '../support/test-database.js';
import { VirtualPacingClock } from '../support/virtual-pacing-clock.js';

export interface OutboxScene {
  readonly database: TestDatabase;
  readonly connector: FakeBotConnector;
  readonly slack: FakeSlackWebApi;
  /** The bot's business clock, which the tests move. */
  readonly business: { now: Date };
  readonly pacing: VirtualPacingClock;
}

/** A scene starting at 09:00 on 1 December 2026: the test database, the fakes on a virtual pacing clock. */
export function anOutboxScene(database: TestDatabase): OutboxScene & { readonly start: Date } {
  const start = new Date('2026-12-01T09:00:00Z');
  const pacing = new VirtualPacingClock(start.getTime());
  return {
    database,
    connector: new FakeBotConnector({ clock: pacing.now }),
    slack: new FakeSlackWebApi({ clock: pacing.now }),
    business: { now: start },
    pacing,
    start,
  };
}

/** The outbox as the bot builds it (real senders, real renderer, the test database) against the fakes. */
export function outboxWorker(scene: OutboxScene, owner = 'instance-under-test'): OutboxWorker {
  const { stores } = scene.database;
  return createOutboxWorker({
    stores,
    senders: {
      teams: new TeamsSender(createTeamsAdapter(readConfig({})).credentialsFactory, ''),
      slack: SlackSender.create('xoxb-test-token', scene.slack.apiUrl),
    },
    render: (notification) => renderNotification(stores, notification, scene.business.now),
    logger: createLogger('silent'),
    owner,
    now: () => scene.business.now,
    pacingClock: scene.pacing,
  });
}

/**
 * For a test file: the fakes started and the outbox built before its tests, and all stopped after them. Gives
 * the outbox once it is built.
 */
export function useOutboxWorker(scene: OutboxScene): () => OutboxWorker {
  let outbox: OutboxWorker | undefined;
  beforeAll(async () => {
    await scene.connector.start();
    await scene.slack.start();
    outbox = outboxWorker(scene);
  });
  afterAll(async () => {
    await outbox?.idle();
    await scene.connector.stop();
    await scene.slack.stop();
  });
  return () => {
    if (!outbox) throw new Error('the outbox is built before the tests run');
    return outbox;
  };
}

/** A district with a planned Challenge Day, whose 48-hour notice is the message the tests send. */
export async function aDistrictWithADay(scene: OutboxScene, districtId: string): Promise<Notification> {
  await scene.database.stores.districts.save(aDistrict({ _id: districtId, name: `District ${districtId}` }));
  const day = await scene.database.stores.challengeDays.create(
    aChallengeDay({ districtId, auditTeamIds: [], expectedAttendeeIds: [] }),
  );
  return { kind: 'challenge_day_notice', challengeDayId: day._id };
}

export async function aTeamsChannel(
  scene: OutboxScene,
  districtId: string,
  tenantId = 'tenant-derbyshire',
): Promise<ConversationLink> {
  const conversationId = `19:${randomUUID()}@thread.tacv2`;
  const link = aConversationLink({
    platform: 'teams',
    conversationId,
    districtId,
    address: {
      channelId: 'msteams',
      serviceUrl: scene.connector.serviceUrl,
      conversation: { id: conversationId, conversationType: 'channel', tenantId },
      bot: { id: '28:challenge-day-bot', name: 'Challenge Day' },
    },
  });
  return scene.database.stores.conversationLinks.remember(link);
}

export async function aSlackChannel(scene: OutboxScene, districtId: string): Promise<ConversationLink> {
  const conversationId = `C${randomUUID().slice(0, 8).toUpperCase()}`;
  const link = aConversationLink({
    platform: 'slack',
    conversationId,
    districtId,
    address: { channel: conversationId },
  });
  return scene.database.stores.conversationLinks.remember(link);
}

/** `count` different messages to a district's channels. */
export function toDistrictChannels(districtId: string, notification: Notification, count = 1, tag = 'msg'): Delivery[] {
  return Array.from({ length: count }, (_, index) => ({
    key: `${tag}-${index}:${districtId}`,
    notification,
    destination: { kind: 'district_channels', districtId, audiences: ['district'] },
  }));
}

/** Moves the business clock on. */
export function later(scene: OutboxScene, ms: number): void {
  scene.business.now = new Date(scene.business.now.getTime() + ms);
}
