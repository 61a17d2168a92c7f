import { aChallengeDayUnderWayNow, aDistrict } from '../../support/fixtures.js';
import { responseBody } from '../../support/response-body.js';
import { caseFindingGrades, caseFindingSubmission } from '../../support/form-submissions.js';
import { slackSignature } from '../../support/slack-requests.js';
import { cardAction, message, registered, type TeamsConversation } from '../../support/teams-activities.js';
import type { Bot } from '../../../src/app.js';
import type { BotOnOwnServer } from './bot-on-own-server.js';

/**
 * The scenario of the database-fault tests: Dan, an auditor on a Challenge Day under way, sends case
 * findings through Teams and Slack while the database fails under the bot; the platforms give up on an
 * answer as late as they really do.
 */
export const dan = { aadObjectId: 'aad-dan', name: 'Dan Reeves' };
export const danChat: TeamsConversation = { id: 'a:personal-aad-dan', type: 'personal', tenantId: 'tenant-derbyshire' };
export const DAY_ID = 'day-outage';

export async function seedDanOnChallengeDay({ stores }: Bot): Promise<void> {
  await stores.districts.save(aDistrict());
  await stores.people.save(
    registered(dan, {
      _id: 'person-dan',
      roles: ['auditor'],
      identities: { teamsAadObjectId: dan.aadObjectId, slackUserId: 'U-DAN' },
    }),
  );
  await stores.challengeDays.create(aChallengeDayUnderWayNow({ _id: DAY_ID, auditTeamIds: ['person-dan'] }));
}

/** What Dan types into the case-finding card. */
export const teamsEntry = caseFindingSubmission({
  caseReference: 'CR-700101',
  strengths: 'Worker knows the family well',
});

/** What Dan chooses in the Slack case-finding modal, with the case reference he types. */
export function slackAnswers(caseReference: string): Record<string, string> {
  return caseFindingGrades('good', { caseReference });
}

/** Teams gives up on an invoke it has not been answered in time; 5 s is what the issue promises. */
const TEAMS_PATIENCE_MS = 5_000;
/** Slack shows the person an error when a view submission is not acknowledged within 3 seconds. */
const SLACK_PATIENCE_MS = 3_000;

/** Posts as the platform does, abandoning the request (a failed test) when it is not answered in time. */
async function postWithin(patienceMs: number, url: string, headers: Record<string, string>, body: string) {
  const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(patienceMs) });
  return { status: response.status, body: responseBody(await response.text()) };
}

/** Dan's Teams and Slack clients, and what the test reads back from the bot. */
export function danClients(harness: BotOnOwnServer) {
  const readyz = async () => (await fetch(`${harness.baseUrl}/readyz`)).status;
  return {
    /** Dan presses a button on the case-finding card in his chat: the card's data with what he entered. */
    press: (verb: string, data: Record<string, string>) =>
      postWithin(
        TEAMS_PATIENCE_MS,
        `${harness.baseUrl}/api/messages`,
        { 'content-type': 'application/json' },
        JSON.stringify(cardAction(harness.connector.serviceUrl, danChat, dan, 'finding-card', verb, data)),
      ),
    /** Dan writes in his chat with the bot, or sends a card from an older client (Action.Submit: the verb in the data). */
    sendMessage: (text: string, value?: Record<string, string>) =>
      postWithin(
        TEAMS_PATIENCE_MS,
        `${harness.baseUrl}/api/messages`,
        { 'content-type': 'application/json' },
        JSON.stringify({
          ...message(harness.connector.serviceUrl, danChat, dan, text),
          ...(value ? { value, replyToId: 'finding-card' } : {}),
        }),
      ),
    /** Dan writes in a team's channel without @mentioning the bot (Teams sends it once the team consented). */
    writeInChannel: (channel: TeamsConversation, text: string) =>
      postWithin(
        TEAMS_PATIENCE_MS,
        `${harness.baseUrl}/api/messages`,
        { 'content-type': 'application/json' },
        JSON.stringify(message(harness.connector.serviceUrl, channel, dan, text, { mentionBot: false })),
      ),
    /** What the bot has posted into Dan's chat through the Bot Connector, oldest first. */
    postedToDan: () =>
      harness.connector
        .callsTo(danChat.id)
        .filter((call) => call.method === 'POST')
        .map((call) => call.activity),
    /** Slack posts a signed request (a slash command, a button, a modal submitted) as Dan. */
    postToSlack: (post: { body: string; contentType: string; headers?: Record<string, string> }) => {
      const timestamp = Math.floor(Date.now() / 1000);
      return postWithin(
        SLACK_PATIENCE_MS,
        `${harness.baseUrl}/slack/events`,
        {
          'content-type': post.contentType,
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': slackSignature(post.body, timestamp),
          ...post.headers,
        },
        post.body,
      );
    },
    findingsFor: async (caseReference: string) =>
      (await harness.bot.stores.caseFindings.forChallengeDay(DAY_ID)).filter(
        (finding) => finding.caseReference === caseReference,
      ),
    readyz,
    waitUntilReady: async (): Promise<boolean> => {
      for (let tries = 0; tries < 100; tries++) {
        if ((await readyz()) === 200) return true;
        await new Promise((wake) => setTimeout(wake, 200));
      }
      return false;
    },
  };
}

/** Facts shown on a card, as title → value. */
export function factsOf(card: unknown): Record<string, string> {
  const facts: Record<string, string> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (element.type === 'FactSet' && Array.isArray(element.facts)) {
        for (const fact of element.facts as { title: string; value: string }[]) facts[fact.title] = fact.value;
      }
      Object.values(element).forEach(walk);
    }
  };
  walk(card);
  return facts;
}
