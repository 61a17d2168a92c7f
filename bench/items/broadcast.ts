import { randomUUID } from 'node:crypto';
import type { ConversationLink } from '../../src/domain/links/conversation-link.js';
import { conversationLinkId } from '../../src/store/conversation-links.js';
import type { Stores } from '../../src/store/stores.js';
import type { BenchServer } from '../support/bench-server.js';
import { startTarget } from '../support/bot-under-test.js';
import { startLimitedPlatforms } from '../support/limited-platforms.js';
import { insertValid, seedCounty } from '../support/county.js';
import { roundTo } from '../support/percentiles.js';
import type { PlatformLimits } from '../support/platform-limits.js';
import { TEAMS_PER_TENANT_PER_SECOND } from '../support/published-limits.js';
import { progress } from '../support/progress.js';
import { callsPerWindow } from '../support/sustained-rate.js';
import { driver } from '../../src/store/driver-collection.js';

/** Channels the notice goes to, half in Teams (one tenant) and half in Slack. */
export const BROADCAST_CHANNELS = { teams: 250, slack: 250 } as const;
/** The broadcast is stopped after this long, and what was delivered by then is reported. */
export const BROADCAST_LIMIT_MS = 90_000;

const DISTRICT_ID = 'erewash';
const TENANT_ID = 'tenant-derbyshire';

export interface PlatformBroadcast {
  readonly channels: number;
  readonly delivered: number;
  readonly duplicates: number;
  /** Not delivered and not waiting either: the outbox gave up on them, or never queued them. */
  readonly lost: number;
  /**
   * Not delivered yet when the outbox went idle, but still queued for a later attempt (after a 429 near the
   * end, a message waits for the next clock tick, up to a minute).
   */
  readonly waiting: number;
  readonly injected429s: number;
  /** Calls the platform refused for being over a limit: a sender that keeps to the limits causes none. */
  readonly overLimit429s: number;
  /** From the first message reaching the platform to the last, in ms. */
  readonly spanMs: number;
}

export interface BroadcastFigures {
  readonly finished: boolean;
  /** From handing the notice to the outbox to the last message sent (the limit when it did not finish). */
  readonly totalMs: number;
  readonly teams: PlatformBroadcast;
  readonly slack: PlatformBroadcast;
  /**
   * The per-tenant rate the Teams messages reached, and as a share of the allowed 50 a second: the mean
   * number of posts in each whole second of the sending (sustained-rate.ts).
   */
  readonly teamsRatePerSecond: number;
  readonly teamsShareOfAllowed: number;
  /**
   * The stricter figure the bench gave before: the least time the limit allows for the Teams messages (50 at
   * once, then 50 more a second later, and so on) over the time from the first to the last. Any sender that
   * waits out a Retry-After is held under it: the 429 injected into the last of every 25 calls falls on the
   * last message, whose retry comes a second after everything else.
   */
  readonly teamsBurstBoundShare: number;
}

/**
 * Item 4: one Challenge Day notice to 500 channels through the outbox, against the Bot Connector and Slack
 * fakes behind the platforms' real limits, with one call in 25 refused with a 429 all the same. With one
 * message per channel, the limit that binds is Teams' 50 a second per tenant, so the achieved rate is that
 * of the Teams messages: how many reached the platform in each whole second of the sending, on average.
 */
export async function measureBroadcast(server: BenchServer): Promise<BroadcastFigures> {
  const database = await server.openDatabase('broadcast');
  const platforms = await startLimitedPlatforms();
  const { connector, slack, teamsLimits, slackLimits } = platforms;
  const runner = { stop: async () => {} } as { stop(): Promise<void> };
  let stoppedAtLimit = false;
  try {
    progress(`broadcast: linking ${BROADCAST_CHANNELS.teams + BROADCAST_CHANNELS.slack} channels`);
    const county = await seedCounty(database.stores, new Date(), { teamsServiceUrl: `${teamsLimits.baseUrl}/` });
    const day = county.challengeDay;
    await database.stores.conversationLinks.collection[driver].deleteMany({ kind: 'channel' });
    await insertValid(database.stores.conversationLinks.collection, broadcastChannels(`${teamsLimits.baseUrl}/`));

    const broadcaster = await startTarget(
      'bench/targets/broadcast.ts',
      {
        MONGODB_URI: server.uri,
        MONGODB_DATABASE: database.name,
        SLACK_API_URL: `${slackLimits.baseUrl}/api/`,
        BENCH_CHALLENGE_DAY_ID: day._id,
        BENCH_DISTRICT_ID: DISTRICT_ID,
      },
      { reportsMemory: false },
    );
    runner.stop = async () => {
      if (stoppedAtLimit) broadcaster.child.kill('SIGKILL');
      await broadcaster.stop(10_000);
    };
    progress('broadcast: sending the notice');
    const started = performance.now();
    const totalMs = await new Promise<number | undefined>((done) => {
      const limit = setTimeout(() => done(undefined), BROADCAST_LIMIT_MS);
      broadcaster.child.on('message', (message: { kind?: string; totalMs?: number }) => {
        if (message.kind !== 'done') return;
        clearTimeout(limit);
        done(message.totalMs ?? 0);
      });
      broadcaster.child.send('go');
    });
    stoppedAtLimit = totalMs === undefined;
    const teamsPosts = connector.calls.filter((call) => call.method === 'POST').map((call) => call.conversationId);
    const slackPosts = slack.callsOf('chat.postMessage').map((call) => String(call.args.channel));
    const waiting = await waitingToBeSent(database.stores);
    const teams = platformFigures(BROADCAST_CHANNELS.teams, teamsPosts, teamsLimits, waiting.teams);
    const allowedSpanMs = (Math.ceil(teams.delivered / TEAMS_PER_TENANT_PER_SECOND) - 1) * 1_000;
    const rate = callsPerWindow(teamsLimits.forwardedAt, 1_000);
    return {
      finished: totalMs !== undefined,
      totalMs: roundTo(totalMs ?? performance.now() - started, 0),
      teams,
      slack: platformFigures(BROADCAST_CHANNELS.slack, slackPosts, slackLimits, waiting.slack),
      teamsRatePerSecond: roundTo(rate, 1),
      teamsShareOfAllowed: roundTo(rate / TEAMS_PER_TENANT_PER_SECOND, 3),
      teamsBurstBoundShare: roundTo(teams.spanMs > 0 ? allowedSpanMs / teams.spanMs : 0, 3),
    };
  } finally {
    await runner.stop();
    await platforms.stop();
    // A stopped broadcast's queries would otherwise go on in the server and slow the items after this one.
    if (stoppedAtLimit) await server.restart();
    await database.drop();
  }
}

function platformFigures(
  channels: number,
  postedTo: readonly string[],
  limits: PlatformLimits,
  waiting: number,
): PlatformBroadcast {
  const perChannel = new Map<string, number>();
  for (const channel of postedTo) perChannel.set(channel, (perChannel.get(channel) ?? 0) + 1);
  const arrivals = limits.forwardedAt;
  return {
    channels,
    delivered: perChannel.size,
    duplicates: [...perChannel.values()].reduce((sum, posts) => sum + posts - 1, 0),
    lost: channels - perChannel.size - waiting,
    waiting,
    injected429s: limits.injected,
    overLimit429s: limits.overLimit,
    spanMs: arrivals.length > 1 ? Math.max(...arrivals) - Math.min(...arrivals) : 0,
  };
}

/** The broadcast's messages still queued in the outbox, by platform. */
async function waitingToBeSent(stores: Stores): Promise<Record<'teams' | 'slack', number>> {
  const pending = await stores.outbox.collection[driver]
    .find({ status: 'pending' }, { projection: { platform: 1 } })
    .toArray();
  return {
    teams: pending.filter((entry) => entry.platform === 'teams').length,
    slack: pending.filter((entry) => entry.platform === 'slack').length,
  };
}

/** The district's channels: Teams channels of one tenant, reached through the limits, and Slack channels. */
function broadcastChannels(teamsServiceUrl: string): ConversationLink[] {
  const now = new Date();
  const teams = Array.from({ length: BROADCAST_CHANNELS.teams }, () => {
    const conversationId = `19:${randomUUID()}@thread.tacv2`;
    return channelLink(
      'teams',
      conversationId,
      {
        channelId: 'msteams',
        serviceUrl: teamsServiceUrl,
        conversation: { id: conversationId, conversationType: 'channel', tenantId: TENANT_ID },
        bot: { id: '28:challenge-day-bot', name: 'Challenge Day' },
      },
      now,
    );
  });
  const slack = Array.from({ length: BROADCAST_CHANNELS.slack }, (_, index) => {
    const conversationId = `C${String(index).padStart(8, '0')}`;
    return channelLink('slack', conversationId, { channel: conversationId }, now);
  });
  return [...teams, ...slack];
}

function channelLink(
  platform: ConversationLink['platform'],
  conversationId: string,
  address: Record<string, unknown>,
  now: Date,
): ConversationLink {
  return {
    _id: conversationLinkId(platform, conversationId),
    platform,
    conversationId,
    kind: 'channel',
    districtId: DISTRICT_ID,
    audience: 'district',
    address,
    status: 'active',
    updatedAt: now,
  };
}
