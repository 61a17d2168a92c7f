import { DEMO_DISTRICTS } from '../../src/demo/demo-county.js';
import type { Platform } from '../../src/domain/links/conversation-link.js';
import type { Person } from '../../src/domain/people/person.js';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { conversationLinkId } from '../../src/store/conversation-links.js';
import { driver } from '../../src/store/driver-collection.js';
import type { Stores } from '../../src/store/stores.js';
import type { BenchServer } from '../support/bench-server.js';
import { startTarget } from '../support/bot-under-test.js';
import { startLimitedPlatforms } from '../support/limited-platforms.js';
import { insertValid } from '../support/county.js';
import { roundTo } from '../support/percentiles.js';
import type { PlatformLimits } from '../support/platform-limits.js';
import { SLACK_OPENS_PER_MINUTE, TEAMS_PER_TENANT_PER_SECOND } from '../support/published-limits.js';
import { progress } from '../support/progress.js';

/** The people the notice goes to, none with a chat with the bot yet: half known in Teams, half in Slack. */
export const REACH_PEOPLE = { teams: 250, slack: 250 } as const;
/**
 * The item is stopped after this long, and what was delivered by then is reported. Slack lets a workspace
 * open 50 chats a minute, so its 250 take 4 minutes at the least; what waits for a later attempt is picked up
 * on the bot's clock, once a minute.
 */
export const REACH_LIMIT_MS = 7 * 60_000;

const DISTRICT_ID = 'erewash';
const TENANT_ID = 'tenant-derbyshire';
const TEAMS_CHANNEL = '19:erewash-reach@thread.tacv2';

export interface PlatformReach {
  readonly people: number;
  /** Calls that opened a chat (Teams: create conversation; Slack: conversations.open) and reached the platform. */
  readonly openCalls: number;
  /** Different chats the platform opened. */
  readonly chatsOpened: number;
  /** Personal chats the bot stored a link to. */
  readonly linksStored: number;
  readonly delivered: number;
  /** Posts beyond the first into a person's chat. */
  readonly duplicates: number;
  /** Not delivered and not waiting either: the outbox gave up on them, or never queued them. */
  readonly lost: number;
  /** Not delivered yet when the item ended, but still queued for a later attempt. */
  readonly waiting: number;
  /** Why the outbox gave up, where it did: each reason once. */
  readonly failedBecause: string[];
  readonly injected429s: number;
  /** Calls the platform refused for being over a limit: a sender that keeps to the limits causes none. */
  readonly overLimit429s: number;
  /** The calls counted under the limit that binds (see `binding`), from the first to reach the platform to the last, in ms. */
  readonly spanMs: number;
  /** The limit that binds: Teams' creates and posts per tenant; Slack's conversations.open per workspace. */
  readonly binding: string;
  /** The least time that limit allows for those calls (a full window per allowance), over the span they took. */
  readonly shareOfAllowed: number | undefined;
  /** The same for the calls made in the outbox's first run, before anything waited for the clock. */
  readonly firstRunShareOfAllowed: number | undefined;
}

export interface ReachFigures {
  readonly finished: boolean;
  /** From handing the notice to the outbox until nothing was queued (the limit when it did not finish). */
  readonly totalMs: number;
  /** Until the outbox's first run ended: what it sent without waiting for the clock. */
  readonly firstRunMs: number | undefined;
  /** People the outbox found no way to reach at all when the notice was queued (none is expected: each has an identity). */
  readonly unreachable: number | undefined;
  readonly teams: PlatformReach;
  readonly slack: PlatformReach;
}

/** What the process under test says as it goes: its first run over, then nothing left queued. */
type Said = { kind: 'first-run'; ms: number; endedAt: number; unreachable: number } | { kind: 'done'; totalMs: number };

/**
 * The 48-hour notice to 500 people who never wrote to the bot, through the outbox, which opens each chat
 * itself and then posts: against the Bot Connector and Slack fakes behind the platforms' limits (Teams counts
 * a create like a post against 50 a second per tenant; Slack's conversations.open is 50 a minute per
 * workspace), with one call in 25 answered 429 all the same.
 */
export async function measureReach(server: BenchServer): Promise<ReachFigures> {
  const database = await server.openDatabase('reach');
  const platforms = await startLimitedPlatforms();
  const { connector, slack, teamsLimits, slackLimits } = platforms;
  const runner = { stop: async () => {} } as { stop(): Promise<void> };
  let stoppedAtLimit = false;
  try {
    progress(`reach: registering ${REACH_PEOPLE.teams + REACH_PEOPLE.slack} people who have no chat with the bot`);
    const dayId = await seedPeopleWithoutChats(database.stores, `${teamsLimits.baseUrl}/`);
    const target = await startTarget(
      'bench/targets/reach.ts',
      {
        MONGODB_URI: server.uri,
        MONGODB_DATABASE: database.name,
        SLACK_API_URL: `${slackLimits.baseUrl}/api/`,
        BENCH_CHALLENGE_DAY_ID: dayId,
      },
      { reportsMemory: false },
    );
    runner.stop = async () => {
      if (stoppedAtLimit) target.child.kill('SIGKILL');
      await target.stop(10_000);
    };
    progress(
      `reach: sending the notice (Slack opens 50 chats a minute: about 5 minutes; stopped at ${REACH_LIMIT_MS / 60_000} minutes)`,
    );
    const started = performance.now();
    let firstRun: Extract<Said, { kind: 'first-run' }> | undefined;
    const totalMs = await new Promise<number | undefined>((resolve) => {
      const limit = setTimeout(() => resolve(undefined), REACH_LIMIT_MS);
      target.child.on('message', (message: Said) => {
        if (message.kind === 'first-run') firstRun = message;
        if (message.kind !== 'done') return;
        clearTimeout(limit);
        resolve(message.totalMs);
      });
      target.child.send('go');
    });
    stoppedAtLimit = totalMs === undefined;
    const firstRunEndedAt = firstRun?.endedAt ?? Infinity;
    const left = await leftInOutbox(database.stores);
    const links = await personalLinks(database.stores);

    const creates = connector.creates.map((create) => ({ chat: create.conversationId, at: create.receivedAt }));
    const teamsPosts = connector.calls.filter((call) => call.method === 'POST');
    const teamsOperations = [...creates.map((create) => create.at), ...teamsPosts.map((call) => call.receivedAt)];
    const opens = slack.callsOf('conversations.open').map((call) => ({
      chat: `D-${String(call.args.users)}`,
      at: call.receivedAt,
    }));
    const slackPosts = slack.callsOf('chat.postMessage').map((call) => String(call.args.channel));
    return {
      finished: totalMs !== undefined,
      totalMs: roundTo(totalMs ?? performance.now() - started, 0),
      firstRunMs: firstRun ? roundTo(firstRun.ms, 0) : undefined,
      unreachable: firstRun?.unreachable,
      teams: {
        ...reachOf(
          REACH_PEOPLE.teams,
          creates,
          teamsPosts.map((call) => call.conversationId),
          left.teams,
          teamsLimits,
        ),
        linksStored: links.teams,
        binding: `creates and posts, ${TEAMS_PER_TENANT_PER_SECOND} a second per tenant`,
        ...rateOf(teamsOperations, TEAMS_PER_TENANT_PER_SECOND, 1_000, firstRunEndedAt),
      },
      slack: {
        ...reachOf(REACH_PEOPLE.slack, opens, slackPosts, left.slack, slackLimits),
        linksStored: links.slack,
        binding: `conversations.open, ${SLACK_OPENS_PER_MINUTE} a minute per workspace`,
        ...rateOf(
          opens.map((open) => open.at),
          SLACK_OPENS_PER_MINUTE,
          60_000,
          firstRunEndedAt,
        ),
      },
    };
  } finally {
    await runner.stop();
    await platforms.stop();
    // A stopped run's queries would otherwise go on in the server and slow the items after this one.
    if (stoppedAtLimit) await server.restart();
    await database.drop();
  }
}

/** What the platform saw (chats opened, posts per chat), and what the outbox still holds. */
function reachOf(
  people: number,
  opened: readonly { chat: string }[],
  postedTo: readonly string[],
  left: LeftInOutbox,
  limits: PlatformLimits,
): Omit<PlatformReach, 'linksStored' | 'binding' | 'spanMs' | 'shareOfAllowed' | 'firstRunShareOfAllowed'> {
  const perChat = new Map<string, number>();
  for (const chat of postedTo) perChat.set(chat, (perChat.get(chat) ?? 0) + 1);
  return {
    people,
    openCalls: opened.length,
    chatsOpened: new Set(opened.map((open) => open.chat)).size,
    delivered: perChat.size,
    duplicates: [...perChat.values()].reduce((sum, posts) => sum + posts - 1, 0),
    lost: people - perChat.size - left.waiting,
    waiting: left.waiting,
    failedBecause: left.failedBecause,
    injected429s: limits.injected,
    overLimit429s: limits.overLimit,
  };
}

/**
 * The calls' pace as a share of what the limit allows: the least time the limit allows for them (a full window
 * for each allowance after the first) over the time from the first to the last. The same for the calls made
 * before `firstRunEndedAt`.
 */
function rateOf(
  times: readonly number[],
  calls: number,
  windowMs: number,
  firstRunEndedAt: number,
): Pick<PlatformReach, 'spanMs' | 'shareOfAllowed' | 'firstRunShareOfAllowed'> {
  // Calls within one allowance may all go at once: there is no pace to speak of until there are more.
  const share = (at: readonly number[]) => {
    if (at.length <= calls) return undefined;
    const span = Math.max(...at) - Math.min(...at);
    const allowed = (Math.ceil(at.length / calls) - 1) * windowMs;
    return roundTo(allowed / span, 3);
  };
  return {
    spanMs: times.length > 1 ? Math.max(...times) - Math.min(...times) : 0,
    shareOfAllowed: share(times),
    firstRunShareOfAllowed: share(times.filter((at) => at <= firstRunEndedAt)),
  };
}

/** What the outbox holds of a platform's messages: those queued for a later attempt, and why it gave up on any. */
interface LeftInOutbox {
  readonly waiting: number;
  readonly failedBecause: string[];
}

async function leftInOutbox(stores: Stores): Promise<Record<Platform, LeftInOutbox>> {
  const entries = await stores.outbox.collection[driver]
    .find({ status: { $in: ['pending', 'failed'] } }, { projection: { platform: 1, status: 1, lastError: 1 } })
    .toArray();
  const of = (platform: Platform) => ({
    waiting: entries.filter((entry) => entry.platform === platform && entry.status === 'pending').length,
    failedBecause: [
      ...new Set(
        entries
          .filter((entry) => entry.platform === platform && entry.status === 'failed')
          .map((entry) => entry.lastError ?? 'no reason given'),
      ),
    ],
  });
  return { teams: of('teams'), slack: of('slack') };
}

async function personalLinks(stores: Stores): Promise<Record<Platform, number>> {
  const links = stores.conversationLinks.collection[driver];
  return {
    teams: await links.countDocuments({ kind: 'personal', platform: 'teams' }),
    slack: await links.countDocuments({ kind: 'personal', platform: 'slack' }),
  };
}

/**
 * The districts; 500 people of one district, each known on one platform only and with no chat with the bot;
 * the one Teams channel the bot is in (whose service address and tenant a chat is opened through); and a
 * Challenge Day 48 hours off on which everyone is expected. Returns the day's id.
 */
async function seedPeopleWithoutChats(stores: Stores, teamsServiceUrl: string): Promise<string> {
  const now = new Date();
  for (const district of DEMO_DISTRICTS) await stores.districts.save(district);
  const people: Person[] = Array.from({ length: REACH_PEOPLE.teams + REACH_PEOPLE.slack }, (_, number) => ({
    _id: `person-reach-${number}`,
    displayName: `Person ${number}`,
    roles: ['staff'],
    districtIds: [DISTRICT_ID],
    teamName: `${DISTRICT_ID} team ${number % 6}`,
    identities:
      number < REACH_PEOPLE.teams
        ? { teamsAadObjectId: `aad-reach-${number}` }
        : { slackUserId: `UREACH${String(number).padStart(5, '0')}` },
  }));
  await insertValid(stores.people.collection, people);
  await insertValid(stores.conversationLinks.collection, [
    {
      _id: conversationLinkId('teams', TEAMS_CHANNEL),
      platform: 'teams',
      conversationId: TEAMS_CHANNEL,
      kind: 'channel',
      districtId: DISTRICT_ID,
      audience: 'district',
      address: {
        channelId: 'msteams',
        serviceUrl: teamsServiceUrl,
        conversation: { id: TEAMS_CHANNEL, conversationType: 'channel', tenantId: TENANT_ID },
        bot: { id: '28:challenge-day-bot', name: 'Challenge Day' },
      },
      status: 'active',
      updatedAt: now,
    },
  ]);
  const startsAt = new Date(now.getTime() + 48 * 3_600_000);
  const day = await stores.challengeDays.create({
    _id: 'day-bench-reach',
    districtId: DISTRICT_ID,
    matLocality: 'Erewash MAT',
    date: calendarDateFromIso(startsAt.toISOString().slice(0, 10)),
    startsAt,
    sites: { district: 'Ilkeston Town Hall', mat: 'Long Eaton Centre' },
    focusAreas: ['The voice of the child is heard and shapes their plan'],
    intelligence: ['monthly_audits'],
    auditTeamIds: people.slice(0, 3).map((person) => person._id),
    expectedAttendeeIds: people.map((person) => person._id),
    status: 'announced',
    plannedById: 'person-reach-0',
    createdAt: now,
    version: 1,
    history: [
      {
        commandId: 'cmd-bench-reach-plan',
        transition: 'plan',
        actorId: 'person-reach-0',
        at: now,
        from: 'none',
        to: 'planned',
      },
    ],
  });
  return day._id;
}
