import { afterAll, beforeAll } from 'vitest';
import type { District } from '../../src/domain/districts/district.js';
import type { Delivery } from '../../src/domain/notifications/notification.js';
import type { Person } from '../../src/domain/people/person.js';
import type { Logger } from '../../src/logger.js';
import { FakeBotConnector, type ConnectorCall } from '../fakes/bot-connector.js';
import { FakeBotFrameworkTokens } from '../fakes/bot-framework-tokens.js';
import { FakeSlackWebApi } from '../fakes/slack-web-api.js';
import { aDistrict, aPerson } from './fixtures.js';
import { postToSlackEndpoint, SIGNING_SECRET, TEAM_ID, type SlackPost } from './slack-requests.js';
import {
  cardAction,
  cardIn,
  message,
  postActivity,
  textsOf,
  type TeamsConversation,
  type TeamsUser,
} from './teams-activities.js';
import { startTestBot, type RunningTestBot } from './test-bot.js';
import { useTestDatabase, type TestDatabase } from './test-database.js';

/*
 * A scene for a channel test file: a database of its own, the whole bot on it with the platform fakes on
 * loopback, the districts and people the file needs, and helpers that speak to the bot as the platform does.
 * Everything starts before the file's tests and stops after them.
 */

export interface SceneOptions {
  /** The bot's clock at the start; tests move it with `setNow`. */
  readonly now?: Date;
  /** Saved before the tests run; Chesterfield unless the file says otherwise. */
  readonly districts?: readonly District[];
  /** Registered people, saved before the tests run. */
  readonly people?: readonly Person[];
  /** Any other records, saved once the bot is running (so a seed may already speak to it). */
  readonly seed?: () => Promise<unknown>;
  /** More configuration for the bot. */
  readonly env?: Record<string, string>;
  /** Where the bot logs, for a test that reads its log; silent otherwise. */
  readonly logger?: Logger;
}

/** A Microsoft app registration: the bot then checks every request's Bot Framework token and tenant. */
export interface TeamsCredentials {
  readonly appId: string;
  readonly allowedTenantId: string;
}

export interface Scene {
  readonly database: TestDatabase;
  readonly running: RunningTestBot;
  /** Moves the bot's clock. */
  setNow(at: Date | string): void;
  /** Waits until the outbox has sent everything queued. */
  settle(): Promise<void>;
  /** Queues messages through the bot's outbox as the bot does, and waits until they are sent. */
  deliverNow(deliveries: readonly Delivery[]): Promise<void>;
  /** Moves the bot's clock on (past a backoff, say) and lets the outbox send what is then ready. */
  later(ms: number): Promise<void>;
}

export type TeamsAnswer = Awaited<ReturnType<typeof postActivity>>;

export interface TeamsScene extends Scene {
  readonly connector: FakeBotConnector;
  readonly serviceUrl: string;
  /** A message typed in a conversation (the bot @mentioned in a channel or group chat). */
  say(who: TeamsUser, where: TeamsConversation, text: string): Promise<TeamsAnswer>;
  /** A message typed in a channel without @mentioning the bot, as Teams sends it once the team consented. */
  overhear(who: TeamsUser, where: TeamsConversation, text: string): Promise<TeamsAnswer>;
  /** A button pressed on the card `cardId`, with the card's data and inputs. */
  press(
    who: TeamsUser,
    where: TeamsConversation,
    cardId: string,
    verb: string,
    data: Record<string, unknown>,
  ): Promise<TeamsAnswer>;
  /** The last call the bot made into a conversation. */
  lastIn(where: TeamsConversation): ConnectorCall | undefined;
  /** The text of the card the bot last sent into a conversation, its TextBlocks joined. */
  lastCardTextIn(where: TeamsConversation): string;
}

export type SlackAnswer = Awaited<ReturnType<typeof postToSlackEndpoint>>;

export interface SlackScene extends Scene {
  readonly slack: FakeSlackWebApi;
  /** A request to /slack/events, signed as Slack signs it. */
  post(request: SlackPost): Promise<SlackAnswer>;
}

/** The configuration that points a bot at a fake Slack Web API, with the test workspace's signing secret. */
export const SLACK_ENV = (slack: FakeSlackWebApi) => ({
  SLACK_BOT_TOKEN: 'xoxb-test-token',
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_ALLOWED_TEAM_IDS: TEAM_ID,
  SLACK_API_URL: slack.apiUrl,
});

function teamsEnv(tokens: FakeBotFrameworkTokens, credentials: TeamsCredentials) {
  return {
    MICROSOFT_APP_ID: credentials.appId,
    MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
    MICROSOFT_APP_TYPE: 'MultiTenant',
    TEAMS_ALLOWED_TENANT_IDS: credentials.allowedTenantId,
    BOT_OPENID_METADATA_URL: tokens.openIdMetadataUrl,
  };
}

interface Fake {
  start(): Promise<unknown>;
  stop(): Promise<void>;
}

/** The bot on a database of its own with the given fakes; `env` is read once the fakes are listening. */
function useScene(options: SceneOptions, fakes: readonly Fake[], env: () => Record<string, string>): Scene {
  const database = useTestDatabase();
  let running: RunningTestBot | undefined;
  beforeAll(async () => {
    await Promise.all(fakes.map((fake) => fake.start()));
    running = await startTestBot(
      database,
      { ...env(), ...options.env },
      options.now,
      options.logger ? { logger: options.logger } : {},
    );
    for (const district of options.districts ?? [aDistrict()]) await database.stores.districts.save(district);
    for (const person of options.people ?? []) await database.stores.people.save(person);
    await options.seed?.();
  });
  afterAll(async () => {
    await running?.close();
    await Promise.all(fakes.map((fake) => fake.stop()));
  });
  const bot = () => {
    if (!running) throw new Error('the bot is not running yet');
    return running;
  };
  return {
    database,
    get running() {
      return bot();
    },
    setNow: (at) => {
      bot().clock.now = new Date(at);
    },
    settle: () => bot().bot.outbox.idle(),
    deliverNow: async (deliveries) => {
      await bot().bot.outbox.deliver(deliveries);
      await bot().bot.outbox.idle();
    },
    later: async (ms) => {
      bot().clock.now = new Date(bot().clock.now.getTime() + ms);
      await bot().bot.outbox.kick();
      await bot().bot.outbox.idle();
    },
  };
}

function teamsHelpers(scene: Scene, connector: FakeBotConnector) {
  const lastIn = (where: TeamsConversation) => connector.callsTo(where.id).at(-1);
  return {
    connector,
    get serviceUrl() {
      return connector.serviceUrl;
    },
    say: (who: TeamsUser, where: TeamsConversation, text: string) =>
      postActivity(scene.running.baseUrl, message(connector.serviceUrl, where, who, text)),
    overhear: (who: TeamsUser, where: TeamsConversation, text: string) =>
      postActivity(scene.running.baseUrl, message(connector.serviceUrl, where, who, text, { mentionBot: false })),
    press: (who: TeamsUser, where: TeamsConversation, cardId: string, verb: string, data: Record<string, unknown>) =>
      postActivity(scene.running.baseUrl, cardAction(connector.serviceUrl, where, who, cardId, verb, data)),
    lastIn,
    lastCardTextIn: (where: TeamsConversation) => textsOf(cardIn(lastIn(where)?.activity)).join(' '),
  };
}

const slackHelpers = (scene: Scene, slack: FakeSlackWebApi) => ({
  slack,
  post: (request: SlackPost) => postToSlackEndpoint(scene.running.baseUrl, request),
});

/**
 * Copies a scene's members, getters included, onto one object: the running bot and the service address are
 * only known once the scene has started, so they must stay getters rather than be read now.
 */
function joined<T extends object>(...parts: object[]): T {
  const whole = {};
  for (const part of parts) Object.defineProperties(whole, Object.getOwnPropertyDescriptors(part));
  return whole as T;
}

/** A Teams test file's scene: the Bot Connector fake and the bot, with no credentials, as in local use. */
export function teamsScene(options: SceneOptions = {}): TeamsScene {
  const connector = new FakeBotConnector();
  const scene = useScene(options, [connector], () => ({}));
  return joined<TeamsScene>(scene, teamsHelpers(scene, connector));
}

/**
 * A Teams test file's scene with the bot registered as a Microsoft app: every request must carry a Bot
 * Framework token for it, which the scene's token fake issues, from the one allowed tenant.
 */
export function teamsSceneWithCredentials(
  credentials: TeamsCredentials,
  options: SceneOptions = {},
): TeamsScene & { readonly tokens: FakeBotFrameworkTokens } {
  const connector = new FakeBotConnector();
  const tokens = new FakeBotFrameworkTokens();
  const scene = useScene(options, [connector, tokens], () => teamsEnv(tokens, credentials));
  return joined<TeamsScene & { tokens: FakeBotFrameworkTokens }>(scene, teamsHelpers(scene, connector), { tokens });
}

/** A Slack test file's scene: the Web API fake and the bot configured for one workspace. */
export function slackScene(options: SceneOptions = {}): SlackScene {
  const slack = new FakeSlackWebApi();
  const scene = useScene(options, [slack], () => SLACK_ENV(slack));
  return joined<SlackScene>(scene, slackHelpers(scene, slack));
}

/** One bot answering both platforms, as in production (Teams with no credentials, Slack for one workspace). */
export function teamsAndSlackScene(options: SceneOptions = {}): TeamsScene & SlackScene {
  const connector = new FakeBotConnector();
  const slack = new FakeSlackWebApi();
  const scene = useScene(options, [connector, slack], () => SLACK_ENV(slack));
  return joined<TeamsScene & SlackScene>(scene, teamsHelpers(scene, connector), slackHelpers(scene, slack));
}

/** A Teams user whose AAD object id is made from a short key: `teamsUser('priya', 'Priya Patel')`. */
export const teamsUser = (key: string, name: string): TeamsUser => ({ aadObjectId: `aad-${key}`, name });

/** A channel of a team the bot is in, in Teams, by the name in its id: `teamsChannel('chesterfield-general')`. */
export const teamsChannel = (name: string, tenantId = 'tenant-derbyshire'): TeamsConversation => ({
  id: `19:${name}@thread.tacv2`,
  type: 'channel',
  tenantId,
});

/** A person's one-to-one chat with the bot in Teams. */
export const personalChat = (who: TeamsUser, tenantId = 'tenant-derbyshire'): TeamsConversation => ({
  id: `a:personal-${who.aadObjectId}`,
  type: 'personal',
  tenantId,
});

/** A registered person whom Slack knows by this user id, named after their id ('person-amy' is "amy"). */
export const slackMember = (id: string, slackUserId: string, roles: Person['roles'], over: Partial<Person> = {}) =>
  aPerson({ _id: id, displayName: id.replace('person-', ''), roles, identities: { slackUserId }, ...over });
