import { describe, expect, it } from 'vitest';
import { aChallengeDayUnderWayNow, anAction } from '../support/fixtures.js';
import { addProgressSubmission, caseFindingGrades } from '../support/form-submissions.js';
import { personalChat as chatOf, teamsAndSlackScene, type SlackAnswer, type TeamsAnswer } from '../support/scene.js';
import { buttonPressed, modalSubmitted, slashCommand } from '../support/slack-requests.js';
import { cardAction, postActivity, registered, textsOf, type TeamsUser } from '../support/teams-activities.js';
import { driver } from '../../src/store/driver-collection.js';

const dan: TeamsUser = { aadObjectId: 'aad-dan', name: 'Dan Reeves' }; // auditor
const jo: TeamsUser = { aadObjectId: 'aad-jo', name: 'Jo Bennett' }; // owns actions
const priya: TeamsUser = { aadObjectId: 'aad-priya', name: 'Priya Patel' }; // QA manager, alerted
const DAY_ID = 'day-duplicates';

// One bot answers both platforms, as in production: Teams needs no configuration without an app id.
const scene = teamsAndSlackScene({
  people: [
    registered(dan, {
      _id: 'person-dan',
      roles: ['auditor'],
      identities: { teamsAadObjectId: dan.aadObjectId, slackUserId: 'U-DAN' },
    }),
    registered(jo, {
      _id: 'person-jo',
      roles: ['staff'],
      identities: { teamsAadObjectId: jo.aadObjectId, slackUserId: 'U-JO' },
    }),
    registered(priya, {
      _id: 'person-priya',
      roles: ['qa_manager'],
      districtIds: [],
      identities: { teamsAadObjectId: priya.aadObjectId, slackUserId: 'U-PRIYA' },
    }),
  ],
  seed: async () => {
    await database.stores.challengeDays.create(aChallengeDayUnderWayNow({ _id: DAY_ID, auditTeamIds: ['person-dan'] }));
    // The QA manager has a chat with the bot on both platforms, so a safeguarding alert reaches her on each.
    await scene.say(priya, chatOf(priya), 'hello');
    await scene.post(slashCommand('U-PRIYA', 'D-PRIYA', 'help', scene.slack.responseUrl('help')));
  },
});
const { database, connector, settle } = scene;

type Delivery = () => Promise<unknown>;
/** The same request sent three times: one after another, or all at once. */
const threeTimes = {
  sequentially: async (send: Delivery) => {
    const answers = [];
    for (let time = 0; time < 3; time++) answers.push(await send());
    return answers;
  },
  concurrently: (send: Delivery) => Promise.all([send(), send(), send()]),
};

/** A finding that raises an immediate safeguarding concern, so it alerts the QA manager. */
const concernEntry = (caseReference: string) =>
  caseFindingGrades('inadequate', {
    caseReference,
    assessment_and_plan_grade: 'requires_improvement',
    timeliness_grade: 'requires_improvement',
    safeguardingConcern: 'true',
    safeguardingReason: 'No visit for eight weeks while on a child protection plan',
  });

async function findingsFor(caseReference: string) {
  const all = await database.stores.caseFindings.forChallengeDay(DAY_ID);
  return all.filter((finding) => finding.caseReference === caseReference);
}

/** The conversations a finding's safeguarding alert is queued for, one outbox entry each. */
async function alertsQueuedFor(findingId: string) {
  const entries = await database.stores.outbox.collection[driver].find({ key: `safeguarding:${findingId}` }).toArray();
  return entries.map((entry) => entry.conversationId).sort();
}
/** The QA manager's chat with the bot in Teams and in Slack. */
const ONE_ALERT_PER_CHAT = ['D-PRIYA', chatOf(priya).id].sort();

async function auditTrailOf(kind: 'case_finding' | 'action', id: string) {
  return database.stores.auditEvents.trailFor(kind, id);
}

describe.each(Object.entries(threeTimes))('the same delivery three times, %s', (how, deliverThreeTimes) => {
  it(`a Teams case finding with a safeguarding concern is stored once and alerts the QA manager once (${how})`, async () => {
    const caseReference = how === 'sequentially' ? 'CR-810001' : 'CR-810002';
    // Teams resends the very same activity when it does not hear back in time.
    const invoke = cardAction(connector.serviceUrl, chatOf(dan), dan, `finding-card-${how}`, 'finding.submit', {
      challengeDayId: DAY_ID,
      ...concernEntry(caseReference),
    });

    const answers = (await deliverThreeTimes(() => postActivity(scene.running.baseUrl, invoke))) as TeamsAnswer[];

    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(textsOf(answer.body.value).join(' ')).toContain(`Case finding saved: ${caseReference}`);
    }
    const stored = await findingsFor(caseReference);
    expect(stored).toHaveLength(1);
    const findingId = stored[0]?._id ?? '';
    expect((await auditTrailOf('case_finding', findingId)).map((event) => event.transition)).toEqual(['submit']);
    expect(await alertsQueuedFor(findingId)).toEqual(ONE_ALERT_PER_CHAT);
    await settle();
    const alerts = connector
      .callsTo(chatOf(priya).id)
      .filter((call) => JSON.stringify(call.activity).includes(caseReference));
    expect(alerts).toHaveLength(1);
  });

  it(`a Teams progress note on an action is added once, as one step in its history (${how})`, async () => {
    const action = await database.stores.actions.create(anAction({ ownerId: 'person-jo', challengeDayId: DAY_ID }));
    const invoke = cardAction(connector.serviceUrl, chatOf(jo), jo, `action-card-${how}`, 'action.addProgress', {
      actionId: action._id,
      ...addProgressSubmission(),
    });

    const answers = (await deliverThreeTimes(() => postActivity(scene.running.baseUrl, invoke))) as TeamsAnswer[];

    for (const answer of answers) {
      expect(answer.status).toBe(200);
      // Every answer is the action as it stands, with the one step in its history.
      expect(
        textsOf(answer.body.value)
          .join(' ')
          .match(/Jo Bennett: Progress: /g),
      ).toHaveLength(1);
    }
    const stored = await database.stores.actions.findById(action._id);
    expect(stored?.progress.map((entry) => entry.note)).toEqual([
      'Wishes and feelings template added to the visit record',
    ]);
    expect(stored?.history.map((step) => step.transition)).toEqual(['create', 'add_progress']);
    expect((await auditTrailOf('action', action._id)).map((event) => event.transition)).toEqual([
      'create',
      'add_progress',
    ]);
  });

  it(`a Slack case-finding modal with a safeguarding concern is stored once and alerts the QA manager once (${how})`, async () => {
    const caseReference = how === 'sequentially' ? 'CR-820001' : 'CR-820002';
    const modalsBefore = scene.slack.callsOf('views.open').length;
    await scene.post(
      slashCommand('U-DAN', 'D-DAN', 'case finding for Chesterfield', scene.slack.responseUrl('finding')),
    );
    await expect.poll(() => scene.slack.callsOf('views.open').length).toBe(modalsBefore + 1);
    const modal = scene.slack.callsOf('views.open').at(-1)?.args.view as Parameters<typeof modalSubmitted>[1];
    const { safeguardingConcern: _toggle, ...typed } = concernEntry(caseReference);
    // Slack retries a view submission it did not hear back from, marking the retries.
    let attempt = 0;
    const submission = () => {
      const retry = attempt++;
      return scene.post(
        modalSubmitted(
          'U-DAN',
          { ...modal, id: `V-${how}` },
          { ...typed, safeguardingConcern: 'true' },
          retry > 0 ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {},
        ),
      );
    };

    const answers = (await deliverThreeTimes(submission)) as SlackAnswer[];

    for (const answer of answers) expect(answer).toEqual({ status: 200, body: {} });
    const stored = await findingsFor(caseReference);
    expect(stored).toHaveLength(1);
    const findingId = stored[0]?._id ?? '';
    expect((await auditTrailOf('case_finding', findingId)).map((event) => event.transition)).toEqual(['submit']);
    expect(await alertsQueuedFor(findingId)).toEqual(ONE_ALERT_PER_CHAT);
    await settle();
    await expect
      .poll(() =>
        scene.slack
          .callsOf('chat.postMessage')
          .filter((call) => call.args.channel === 'D-PRIYA' && JSON.stringify(call.args).includes(caseReference)),
      )
      .toHaveLength(1);
  });

  it(`a Slack "Acknowledge" press on an action is one step in its history (${how})`, async () => {
    const action = await database.stores.actions.create(anAction({ ownerId: 'person-jo', challengeDayId: DAY_ID }));
    const messageTs = how === 'sequentially' ? '1700000200.000100' : '1700000200.000200';
    const press = () =>
      scene.post(
        buttonPressed(
          'U-JO',
          'D-JO',
          messageTs,
          JSON.stringify({ verb: 'action.acknowledge', data: { actionId: action._id } }),
        ),
      );

    const answers = (await deliverThreeTimes(press)) as SlackAnswer[];

    for (const answer of answers) expect(answer.status).toBe(200);
    // Each press is answered by showing the action as it stands on the message pressed.
    await expect
      .poll(() => scene.slack.callsOf('chat.update').filter((call) => call.args.ts === messageTs))
      .toHaveLength(3);
    const stored = await database.stores.actions.findById(action._id);
    expect(stored?.history.map((step) => step.transition)).toEqual(['create', 'acknowledge']);
    expect(stored?.status).toBe('acknowledged');
    expect((await auditTrailOf('action', action._id)).map((event) => event.transition)).toEqual([
      'create',
      'acknowledge',
    ]);
  });
});
