import { resolve } from 'node:path';
import { FakeBotConnector } from '../../test/fakes/bot-connector.js';
import { FakeBotFrameworkTokens } from '../../test/fakes/bot-framework-tokens.js';
import { FakeSlackWebApi } from '../../test/fakes/slack-web-api.js';
import { caseFindingGrades, caseFindingSubmission } from '../../test/support/form-submissions.js';
import {
  modalSubmitted,
  postToSlackEndpoint,
  SIGNING_SECRET,
  slackSignature,
  slashCommand,
  TEAM_ID,
} from '../../test/support/slack-requests.js';
import { cardAction, type TeamsConversation } from '../../test/support/teams-activities.js';
import type { BenchServer } from '../support/bench-server.js';
import { startTarget, startBot } from '../support/bot-under-test.js';
import type { ProcessUnderTest } from '../support/child-process.js';
import { AUDITOR, seedCounty } from '../support/county.js';
import { runLoad, type LoadFigures, type LoadRequest } from '../support/run-load.js';
import { progress } from '../support/progress.js';
import { measureMemory, type MemoryFigures } from './memory.js';
import { driver } from '../../src/store/driver-collection.js';

/** Concurrent connections at which each endpoint is measured. */
export const CONCURRENCY_LEVELS = [1, 10, 50] as const;
/** Requests sent at each level: every one a new case finding, stored and answered. */
export const REQUESTS_PER_LEVEL = 150;
/** Requests sent to each target before measuring, so JIT, pools and key caches are warm. */
const WARM_UP_REQUESTS = 30;

const APP_ID = 'b1e3a5c7-0000-4000-8000-00000000be1c';
const TENANT_ID = 'tenant-derbyshire';
const BOT_TOKEN = 'xoxb-bench-token';

export interface EndpointFigures {
  readonly ours: LoadFigures[];
  readonly bare: LoadFigures[];
  /** The bot's database commands per submission at each level, as the driver's command monitoring counted them. */
  readonly commands: CommandFigures[];
}

export interface CommandFigures {
  /** All the bot's commands while the level ran and its work after answering settled, over the requests sent. */
  readonly perSubmission: number;
  /** The same, by command and collection ("insert case_findings"), most first. */
  readonly byKind: Record<string, number>;
}

export interface CardSubmissionFigures {
  readonly teams: EndpointFigures;
  readonly slack: EndpointFigures;
  readonly memory: MemoryFigures;
  /** Case findings stored by the bot, against the requests it answered: they must be equal. */
  readonly findingsStored: number;
  readonly findingsExpected: number;
}

/**
 * Item 1 (and the load item 5 measures memory under): an auditor's case finding submitted through the
 * bot's real HTTP endpoints — a Teams Action.Execute invoke with a Bot Framework token signed by the
 * loopback OpenID/JWKS fake, and a Slack view_submission signed with the signing secret — and, in the
 * same run and at the same load, bare botbuilder and Bolt apps that only acknowledge.
 */
export async function measureCardSubmission(server: BenchServer): Promise<CardSubmissionFigures> {
  const database = await server.openDatabase('cards');
  const connector = await new FakeBotConnector().start();
  const tokens = await new FakeBotFrameworkTokens().start();
  const slack = await new FakeSlackWebApi().start();
  progress('card submission: seeding a county');
  const county = await seedCounty(database.stores, new Date(), { teamsServiceUrl: connector.serviceUrl });
  const teamsEnv = {
    MICROSOFT_APP_ID: APP_ID,
    MICROSOFT_APP_PASSWORD: 'bench-not-a-real-secret',
    MICROSOFT_APP_TYPE: 'MultiTenant',
    BOT_OPENID_METADATA_URL: tokens.openIdMetadataUrl,
  };
  const slackEnv = { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: slack.apiUrl };
  const started: ProcessUnderTest[] = [];
  try {
    progress('card submission: starting the bot and the bare framework apps');
    const bot = await startBot({
      mongoUri: server.uri,
      databaseName: database.name,
      env: {
        ...teamsEnv,
        ...slackEnv,
        TEAMS_ALLOWED_TENANT_IDS: TENANT_ID,
        SLACK_ALLOWED_TEAM_IDS: TEAM_ID,
      },
      preloads: [resolve('bench/targets/cached-bot-token.ts'), resolve('bench/targets/count-commands.ts')],
    });
    started.push(bot);
    const bareBotbuilder = await startTarget('bench/targets/bare-botbuilder.ts', teamsEnv);
    started.push(bareBotbuilder);
    const bareBolt = await startTarget('bench/targets/bare-bolt.ts', slackEnv);
    started.push(bareBolt);

    const teamsRequests = teamsSubmissions(connector.serviceUrl, county.challengeDay._id, () =>
      tokens.token({ audience: APP_ID, serviceUrl: connector.serviceUrl }),
    );
    const slackRequests = slackSubmissions(await openCaseFindingModal(bot.baseUrl, slack));
    const findingsNow = () =>
      database.stores.caseFindings.collection[driver].countDocuments({ challengeDayId: county.challengeDay._id });
    const findingsBefore = await findingsNow();

    let requestsToBot = 0;
    const commandCounts = () => bot.ask<{ counts: Record<string, number> }>('commands', 'commands');
    const commandFigures: Record<'Teams' | 'Slack', CommandFigures[]> = { Teams: [], Slack: [] };
    const measure = async (
      target: ProcessUnderTest,
      platform: 'Teams' | 'Slack',
      next: () => LoadRequest,
      isRightAnswer?: (body: string) => boolean,
    ) => {
      const isBot = target === bot;
      const name = `${isBot ? 'the bot' : 'bare framework app'}, ${platform}`;
      const figures: LoadFigures[] = [];
      progress(`card submission: ${name}, warming up`);
      await runLoad({ baseUrl: target.baseUrl, connections: 5, requests: WARM_UP_REQUESTS, nextRequest: next });
      for (const connections of CONCURRENCY_LEVELS) {
        progress(`card submission: ${name}, ${REQUESTS_PER_LEVEL} requests over ${connections} connections`);
        const countedBefore = isBot ? await commandCounts() : null;
        figures.push(
          await runLoad({
            baseUrl: target.baseUrl,
            connections,
            requests: REQUESTS_PER_LEVEL,
            nextRequest: next,
            ...(isRightAnswer ? { isRightAnswer } : {}),
          }),
        );
        if (isBot) await settled(slack, connector);
        if (countedBefore)
          commandFigures[platform].push(commandsPer(countedBefore.counts, (await commandCounts()).counts));
      }
      if (isBot) requestsToBot += WARM_UP_REQUESTS + CONCURRENCY_LEVELS.length * REQUESTS_PER_LEVEL;
      return figures;
    };

    const { result, memory } = await measureMemory({ bot, bareBotbuilder, bareBolt }, async () => {
      const teamsOurs = await measure(bot, 'Teams', () => teamsRequests(true), isTeamsReceipt);
      const slackOurs = await measure(bot, 'Slack', slackRequests, isSlackAck);
      return { teamsOurs, slackOurs };
    });
    const teamsBare = await measure(bareBotbuilder, 'Teams', () => teamsRequests(false));
    const slackBare = await measure(bareBolt, 'Slack', slackRequests);

    return {
      teams: { ours: result.teamsOurs, bare: teamsBare, commands: commandFigures.Teams },
      slack: { ours: result.slackOurs, bare: slackBare, commands: commandFigures.Slack },
      memory,
      findingsStored: (await findingsNow()) - findingsBefore,
      findingsExpected: requestsToBot,
    };
  } finally {
    for (const target of started) await target.stop();
    await Promise.all([connector.stop(), tokens.stop(), slack.stop()]);
    await database.drop();
  }
}

/** The commands counted between two readings, per submission of the level between them. */
function commandsPer(before: Record<string, number>, after: Record<string, number>): CommandFigures {
  const byKind = Object.entries(after)
    .map(([kind, count]) => [kind, (count - (before[kind] ?? 0)) / REQUESTS_PER_LEVEL] as const)
    .filter(([, perSubmission]) => perSubmission > 0)
    .sort(([, a], [, b]) => b - a);
  const perSubmission = byKind.reduce((sum, [, count]) => sum + count, 0);
  return {
    perSubmission: Math.round(perSubmission * 100) / 100,
    byKind: Object.fromEntries(byKind.map(([kind, count]) => [kind, Math.round(count * 100) / 100])),
  };
}

/** The invoke response Teams shows: the card replaced by the finding's receipt. */
const isTeamsReceipt = (body: string) => body.includes('Case finding saved');
/** Slack's modal closes on an empty acknowledgement; field errors would keep it open. */
const isSlackAck = (body: string) => !body.includes('response_action');

/** A new finding as the case-finding card submits it in Teams, each from a card of its own. */
function teamsSubmissions(serviceUrl: string, challengeDayId: string, token: () => string) {
  const chat: TeamsConversation = { id: 'a:personal-bench-auditor', type: 'personal', tenantId: TENANT_ID };
  const user = { aadObjectId: AUDITOR.teamsAadObjectId, name: AUDITOR.displayName };
  const authorization = `Bearer ${token()}`;
  let sent = 0;
  return (toBot: boolean): LoadRequest => {
    sent += 1;
    const activity = cardAction(
      serviceUrl,
      chat,
      user,
      `finding-card-${toBot ? 'bot' : 'bare'}-${sent}`,
      'finding.submit',
      { challengeDayId, ...caseFindingSubmission({ caseReference: `CR-${String(100000 + sent)}` }) },
    );
    return {
      method: 'POST',
      path: '/api/messages',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify(activity),
    };
  };
}

type SlackModal = Parameters<typeof modalSubmitted>[1];

/** Opens the case-finding modal the way an auditor does (/challenge), and returns the view Slack was given. */
async function openCaseFindingModal(baseUrl: string, slack: FakeSlackWebApi): Promise<SlackModal> {
  await postToSlackEndpoint(
    baseUrl,
    slashCommand(AUDITOR.slackUserId, 'D-BENCH-AUDITOR', 'case finding for Erewash', slack.responseUrl('finding')),
  );
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const view = slack.callsOf('views.open').at(-1)?.args.view;
    if (view) return view as SlackModal;
    await new Promise((wake) => setTimeout(wake, 20));
  }
  throw new Error(`The bot did not open the case-finding modal; Slack saw: ${JSON.stringify(slack.responses)}`);
}

/** A new finding submitted from that modal, each from a modal of its own, signed as Slack signs it. */
function slackSubmissions(modal: SlackModal) {
  let sent = 0;
  return (): LoadRequest => {
    sent += 1;
    const post = modalSubmitted(
      AUDITOR.slackUserId,
      { ...modal, id: `V-BENCH-${sent}` },
      caseFindingGrades('good', {
        caseReference: `CR-${String(500000 + sent)}`,
        risk_and_safety_grade: 'requires_improvement',
      }),
    );
    const timestamp = Math.floor(Date.now() / 1000);
    return {
      method: 'POST',
      path: '/slack/events',
      headers: {
        'content-type': post.contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': slackSignature(post.body, timestamp),
      },
      body: post.body,
    };
  };
}

/**
 * Waits until the work the bot does after answering (Slack's receipt message, posted after the ack) has
 * reached the fakes, so it is not counted against the next level.
 */
async function settled(slack: FakeSlackWebApi, connector: FakeBotConnector): Promise<void> {
  let last = -1;
  for (;;) {
    const now = slack.calls.length + connector.calls.length;
    if (now === last) return;
    last = now;
    await new Promise((wake) => setTimeout(wake, 300));
  }
}
