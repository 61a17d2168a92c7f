import { describe, expect, it } from 'vitest';
import { aChallengeDay } from '../../support/fixtures.js';
import { caseFindingSubmission } from '../../support/form-submissions.js';
import { teamsScene } from '../../support/scene.js';
import {
  cardIn,
  message,
  postActivity,
  textsOf,
  type TeamsConversation,
  registered,
} from '../../support/teams-activities.js';

const chat: TeamsConversation = { id: 'a:personal-chat-dan', type: 'personal', tenantId: 'tenant-derbyshire' };
const dan = { aadObjectId: 'aad-dan', name: 'Dan Reeves' };
let dayId = '';

const teams = teamsScene({
  now: new Date('2026-12-03T11:00:00Z'),
  people: [registered(dan, { _id: 'person-dan', roles: ['auditor'] })],
  seed: async () => {
    dayId = (
      await database.stores.challengeDays.create(aChallengeDay({ status: 'in_progress', auditTeamIds: ['person-dan'] }))
    )._id;
  },
});
const { database, connector } = teams;

/** A complete, valid case finding as the case-finding card submits it. */
const finding = (over: Record<string, unknown> = {}) => ({
  challengeDayId: dayId,
  ...caseFindingSubmission(),
  ...over,
});

const submit = (data: Record<string, unknown>, cardId = 'finding-card-1') =>
  teams.press(dan, chat, cardId, 'finding.submit', data);

async function storedFindings() {
  return database.stores.caseFindings.forChallengeDay(dayId);
}

describe('a case finding submitted from its card in Teams', () => {
  it('is stored, the card is replaced by its receipt for everyone, and an audit event is written', async () => {
    const response = await submit(finding());

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(textsOf(response.body.value).join(' ')).toContain('Case finding saved: CR-104233');
    // Replaced for everyone once the answer is sent, which already shows the receipt to whoever pressed.
    await teams.settle();
    const replaced = connector
      .callsTo(chat.id)
      .find((call) => call.method === 'PUT' && call.activityId === 'finding-card-1');
    expect(textsOf(cardIn(replaced?.activity)).join(' ')).toContain('Case finding saved: CR-104233');

    const [stored] = await storedFindings();
    expect(stored).toMatchObject({
      caseReference: 'CR-104233',
      auditorId: 'person-dan',
      overallGrade: 'requires_improvement',
    });
    const trail = await database.stores.auditEvents.trailFor('case_finding', stored?._id ?? '');
    expect(trail).toMatchObject([{ transition: 'submit', actorId: 'person-dan' }]);
  });

  it('sent three times (also at once), is stored once', async () => {
    const data = finding({ caseReference: 'CR-200001' });
    await submit(data, 'finding-card-2');
    await Promise.all([submit(data, 'finding-card-2'), submit(data, 'finding-card-2')]);
    const stored = (await storedFindings()).filter((found) => found.caseReference === 'CR-200001');
    expect(stored).toHaveLength(1);
  });

  it.each([
    ['a $-prefixed key', { $where: 'sleep(1000)' }, 'This form sent a field the bot does not accept.'],
    ['an over-long field', { strengths: 'x'.repeat(4001) }, 'Keep the strengths to 4000 characters or fewer.'],
    ['a missing required field', { overallGrade: undefined }, 'Choose an overall grade.'],
    ['a name where the case reference belongs', { caseReference: 'Jamie Smith' }, 'This looks like a person’s name.'],
  ])('with %s, comes back as the form with its error shown, and nothing is stored', async (_what, change, message) => {
    const before = (await storedFindings()).length;
    const response = await submit(finding(change), `finding-card-invalid-${before}`);

    expect(response.status).toBe(200);
    const card = response.body.value as Record<string, unknown>;
    expect(JSON.stringify(card)).toContain('"id":"caseReference"'); // the form itself, with its inputs
    expect(textsOf(card).join(' ')).toContain(message);
    expect(JSON.stringify(card)).not.toContain('sleep(1000)');
    expect(await storedFindings()).toHaveLength(before);
  });

  it('from a Teams client older than Adaptive Cards 1.5 (Action.Submit), is handled the same way', async () => {
    const data = finding({ caseReference: 'CR-300003' });
    const olderClient = {
      ...message(connector.serviceUrl, chat, dan, ''),
      text: undefined,
      replyToId: 'finding-card-old-client',
      value: { verb: 'finding.submit', ...data },
    };
    const response = await postActivity(teams.running.baseUrl, olderClient);

    expect(response.status).toBe(200);
    expect((await storedFindings()).filter((found) => found.caseReference === 'CR-300003')).toHaveLength(1);
    const replaced = connector
      .callsTo(chat.id)
      .find((call) => call.method === 'PUT' && call.activityId === 'finding-card-old-client');
    expect(textsOf(cardIn(replaced?.activity)).join(' ')).toContain('Case finding saved: CR-300003');
  });

  it('an auditor who writes "case finding" gets the form for their day, fills it in, and the finding is stored', async () => {
    await teams.say(dan, chat, 'case finding');
    const form = teams.lastIn(chat);
    expect(textsOf(cardIn(form?.activity)).join(' ')).toContain('Case finding');
    expect(JSON.stringify(cardIn(form?.activity))).toContain(dayId);
    const formId = form?.id ?? '';

    const response = await submit(finding({ caseReference: 'CR-400004' }), formId);

    expect(textsOf(response.body.value).join(' ')).toContain('Case finding saved: CR-400004');
    expect((await storedFindings()).filter((found) => found.caseReference === 'CR-400004')).toHaveLength(1);
  });

  it('the auditor can read their finding in full in their personal chat, but never in a channel', async () => {
    await teams.say(dan, chat, 'show finding CR-104233');
    expect(teams.lastCardTextIn(chat)).toContain('Case finding CR-104233');

    const inChannel: TeamsConversation = {
      id: '19:team-channel@thread.tacv2',
      type: 'channel',
      tenantId: chat.tenantId,
    };
    await teams.say(dan, inChannel, 'show finding CR-104233');
    const answer = teams.lastCardTextIn(inChannel);
    expect(answer).toContain('Findings are shown only in a personal chat with the bot');
    expect(answer).not.toContain('Consistent worker');
  });

  it('keeps what the person typed when the form comes back, but never repeats a name typed as a case reference', async () => {
    const response = await submit(
      finding({ caseReference: 'Jamie Smith', strengths: 'Good rapport with mum.' }),
      'finding-card-name',
    );
    const card = JSON.stringify(response.body.value);
    expect(card).toContain('Good rapport with mum.');
    expect(card).not.toContain('Jamie Smith');
    expect(card).toContain('looks like a person’s name');
  });
});
