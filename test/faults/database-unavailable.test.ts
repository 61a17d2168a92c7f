import { describe, expect, it } from 'vitest';
import { aChallengeDay, aDistrict } from '../support/fixtures.js';
import { responseBody } from '../support/response-body.js';
import { modalSubmitted, slashCommand, slackSignature } from '../support/slack-requests.js';
import { cardAction, registered, textsOf, type TeamsConversation } from '../support/teams-activities.js';
import { useBotOnOwnServer } from './support/bot-on-own-server.js';

const dan = { aadObjectId: 'aad-dan', name: 'Dan Reeves' };
const chat: TeamsConversation = { id: 'a:personal-aad-dan', type: 'personal', tenantId: 'tenant-derbyshire' };
const DAY_ID = 'day-outage';

const harness = useBotOnOwnServer({
  seed: async ({ stores }) => {
    await stores.districts.save(aDistrict());
    await stores.people.save(
      registered(dan, {
        _id: 'person-dan',
        roles: ['auditor'],
        identities: { teamsAadObjectId: dan.aadObjectId, slackUserId: 'U-DAN' },
      }),
    );
    await stores.challengeDays.create(
      aChallengeDay({ _id: DAY_ID, status: 'in_progress', auditTeamIds: ['person-dan'] }),
    );
  },
});

/** What Dan types into the case-finding card. */
const teamsEntry = {
  caseReference: 'CR-700101',
  overallGrade: 'requires_improvement',
  voice_of_child_grade: 'requires_improvement',
  management_oversight_grade: 'good',
  assessment_and_plan_grade: 'good',
  risk_and_safety_grade: 'good',
  timeliness_grade: 'good',
  safeguardingConcern: 'false',
  strengths: 'Worker knows the family well',
};

/** Teams gives up on an invoke it has not been answered in time; 5 s is what the issue promises. */
const TEAMS_PATIENCE_MS = 5_000;
/** Slack shows the person an error when a view submission is not acknowledged within 3 seconds. */
const SLACK_PATIENCE_MS = 3_000;

/** Posts as the platform does, abandoning the request (a failed test) when it is not answered in time. */
async function postWithin(patienceMs: number, url: string, headers: Record<string, string>, body: string) {
  const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(patienceMs) });
  return { status: response.status, body: responseBody(await response.text()) };
}

/** Dan presses a button on the case-finding card in his chat: the card's data with what he entered. */
const press = (verb: string, data: Record<string, string>) =>
  postWithin(
    TEAMS_PATIENCE_MS,
    `${harness.baseUrl}/api/messages`,
    { 'content-type': 'application/json' },
    JSON.stringify(cardAction(harness.connector.serviceUrl, chat, dan, 'finding-card', verb, data)),
  );

const submitModal = (post: { body: string; contentType: string; headers?: Record<string, string> }) => {
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
};

const findingsFor = async (caseReference: string) =>
  (await harness.bot.stores.caseFindings.forChallengeDay(DAY_ID)).filter(
    (finding) => finding.caseReference === caseReference,
  );

async function readyz(): Promise<number> {
  return (await fetch(`${harness.baseUrl}/readyz`)).status;
}

/** Facts shown on a card, as title → value. */
function factsOf(card: unknown): Record<string, string> {
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

/** The Action.Execute buttons on a card, by title. */
function buttonsOf(card: unknown): Map<string, { verb: string; data: Record<string, string> }> {
  const buttons = new Map<string, { verb: string; data: Record<string, string> }>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (element.type === 'Action.Execute' && typeof element.title === 'string') {
        buttons.set(element.title, {
          verb: String(element.verb),
          data: (element.data ?? {}) as Record<string, string>,
        });
      }
      Object.values(element).forEach(walk);
    }
  };
  walk(card);
  return buttons;
}

async function waitUntilReady(): Promise<boolean> {
  for (let tries = 0; tries < 100; tries++) {
    if ((await readyz()) === 200) return true;
    await new Promise((wake) => setTimeout(wake, 200));
  }
  return false;
}

describe('the database goes away while the bot is in use', () => {
  it('a Teams case finding is answered "not saved, your entry is kept — try again" in time; once the database is back it is saved once', async () => {
    expect(await readyz()).toBe(200);
    await harness.stopDatabase();
    try {
      const refused = await press('finding.submit', { challengeDayId: DAY_ID, ...teamsEntry });

      expect(refused.status).toBe(200);
      const card = refused.body.value;
      const said = textsOf(card).join(' ');
      expect(said).toContain('Could not save just now');
      expect(said).toContain('Your entry is kept');
      expect(factsOf(card)).toMatchObject({
        caseReference: 'CR-700101',
        overallGrade: 'requires_improvement',
        strengths: 'Worker knows the family well',
      });
      expect(await readyz()).toBe(503);

      await harness.startDatabaseAgain();
      expect(await waitUntilReady()).toBe(true);

      // "Try again" sends everything Dan entered, as he entered it.
      const retry = buttonsOf(card).get('Try again');
      expect(retry).toMatchObject({ verb: 'finding.submit', data: { challengeDayId: DAY_ID, ...teamsEntry } });
      const saved = await press(retry?.verb ?? '', retry?.data ?? {});
      expect(textsOf(saved.body.value).join(' ')).toContain('Case finding saved: CR-700101');
      // Pressed again (as after a slow answer), it is not stored a second time.
      await press(retry?.verb ?? '', retry?.data ?? {});
      expect(await findingsFor('CR-700101')).toHaveLength(1);
    } finally {
      await harness.startDatabaseAgain();
    }
  });

  it('"Try again" after a submission that reached the database before it went away stores nothing twice', async () => {
    expect(await waitUntilReady()).toBe(true);
    const entry = { challengeDayId: DAY_ID, ...teamsEntry, caseReference: 'CR-700303' };
    await harness.stopDatabase();
    let card: unknown;
    try {
      card = (await press('finding.submit', entry)).body.value;
      expect(textsOf(card).join(' ')).toContain('Could not save just now');
    } finally {
      await harness.startDatabaseAgain();
    }
    expect(await waitUntilReady()).toBe(true);
    // The first press is delivered again once the database is back (as when a write landed but its answer
    // was lost), and then Dan presses "Try again" on the card he was shown.
    await press('finding.submit', entry);
    const retry = buttonsOf(card).get('Try again');
    const retried = await press(retry?.verb ?? '', retry?.data ?? {});

    expect(textsOf(retried.body.value).join(' ')).toContain('Case finding saved: CR-700303');
    expect(await findingsFor('CR-700303')).toHaveLength(1);
  });

  it('a Slack case-finding modal is acknowledged in time with "not saved, try again" while it stays open; once the database is back it is saved once', async () => {
    expect(await waitUntilReady()).toBe(true);
    const opened = await submitModal(
      slashCommand('U-DAN', 'D-DAN', 'case finding for Chesterfield', harness.slack.responseUrl('finding')),
    );
    expect(opened.status).toBe(200);
    await expect.poll(() => harness.slack.callsOf('views.open').length).toBe(1);
    const modal = harness.slack.callsOf('views.open')[0]?.args.view as Parameters<typeof modalSubmitted>[1];
    const answers = {
      caseReference: 'CR-700202',
      overallGrade: 'good',
      voice_of_child_grade: 'good',
      management_oversight_grade: 'good',
      assessment_and_plan_grade: 'good',
      risk_and_safety_grade: 'good',
      timeliness_grade: 'good',
    };

    await harness.stopDatabase();
    try {
      const refused = await submitModal(modalSubmitted('U-DAN', modal, answers));

      expect(refused.status).toBe(200);
      // The modal stays open with everything Dan entered, and says why it was not saved.
      expect(refused.body.response_action).toBe('errors');
      expect(Object.values(refused.body.errors as Record<string, string>).join(' ')).toContain(
        'Could not save just now',
      );

      await harness.startDatabaseAgain();
      expect(await waitUntilReady()).toBe(true);
      const saved = await submitModal(modalSubmitted('U-DAN', modal, answers));
      expect(saved).toEqual({ status: 200, body: {} });
      await submitModal(modalSubmitted('U-DAN', modal, answers, { 'x-slack-retry-num': '1' }));
      expect(await findingsFor('CR-700202')).toHaveLength(1);
    } finally {
      await harness.startDatabaseAgain();
    }
  });
});
