import { describe, expect, it } from 'vitest';
import { aChallengeDay, aDistrict } from '../support/fixtures.js';
import { buttonsOf } from '../support/card-buttons.js';
import { caseFindingGrades, caseFindingSubmission } from '../support/form-submissions.js';
import { personalChat, teamsAndSlackScene, teamsUser } from '../support/scene.js';
import { buttonValue } from '../support/slack-button-value.js';
import { buttonPressed } from '../support/slack-requests.js';
import { cardIn, factsOf, registered, textsOf } from '../support/teams-activities.js';
import { driver } from '../../src/store/driver-collection.js';

/*
 * The immediate safeguarding alert is its own card, rendered for each person it is for: "act today", the case
 * reference, the district, the auditor, the concern only to those allowed the case's detail, who else was
 * alerted, "Open the finding" and "I have acted" (issue 23 point 4).
 */

const priya = teamsUser('priya', 'Priya Patel'); // QA manager, in Teams
const dan = teamsUser('dan', 'Dan Reeves'); // auditor, in Teams
const amy = teamsUser('amy', 'Amy Shaw'); // Chesterfield staff, in Teams
const REASON = 'No visit for eight weeks while on a child protection plan';
const HANA_DM = 'D-U-HANA';
let dayId = '';

const scene = teamsAndSlackScene({
  now: new Date('2026-12-03T11:00:00Z'),
  districts: [
    aDistrict(),
    aDistrict({ _id: 'high-peak', name: 'High Peak', matLocality: 'High Peak MAT', aliases: [] }),
  ],
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
    registered(dan, { _id: 'person-dan', roles: ['auditor'] }),
    registered(amy, { _id: 'person-amy', roles: ['staff'] }),
    // Chesterfield's district manager, known to the bot only in Slack.
    registered(teamsUser('hana', 'Hana Wood'), {
      _id: 'person-hana',
      roles: ['district_manager'],
      identities: { slackUserId: 'U-HANA' },
    }),
  ],
  seed: async () => {
    const day = aChallengeDay({ status: 'in_progress', auditTeamIds: ['person-dan'] });
    dayId = (await scene.database.stores.challengeDays.create(day))._id;
    for (const user of [priya, dan, amy]) await scene.say(user, personalChat(user), 'hello');
  },
});
const { database } = scene;
const api = () => scene.slack;

const priyasAlert = () =>
  scene.connector
    .callsTo(personalChat(priya).id)
    .map((call) => cardIn(call.activity))
    .filter((card) => JSON.stringify(card).includes('Act today'))
    .at(-1);
const hanasAlert = () => api().messagesIn(HANA_DM).at(-1) ?? {};
const finding = async () => (await database.stores.caseFindings.forCase(undefined, 'CR-900001'))[0];
const actedEvents = async () =>
  (await database.stores.auditEvents.trailFor('case_finding', (await finding())?._id ?? '')).filter(
    (event) => event.transition === 'act_on_alert',
  );

describe('the immediate safeguarding alert', () => {
  it('the QA manager’s alert in Teams says act today, with the case, district, auditor, concern, who else was alerted and its two buttons', async () => {
    await scene.press(dan, personalChat(dan), 'finding-1', 'finding.submit', {
      challengeDayId: dayId,
      ...caseFindingSubmission({ caseReference: 'CR-900001' }),
      ...caseFindingGrades('inadequate', { safeguardingConcern: 'true', safeguardingReason: REASON }),
    });
    await scene.settle();

    const card = priyasAlert();
    const texts = textsOf(card).join(' ');
    expect(texts).toContain('Act today: immediate safeguarding concern');
    expect(factsOf(card)).toEqual(['Case: CR-900001', 'District: Chesterfield', 'Auditor: Dan Reeves']);
    expect(texts).toContain(REASON);
    expect(texts).toContain('Also alerted: Hana Wood');
    expect([...buttonsOf(card).keys()]).toEqual(['Open the finding', 'I have acted']);
    expect(JSON.stringify(card)).not.toContain('Submitted by');
  });

  it('the district manager’s alert in Slack shows the same, naming the QA manager as also alerted', async () => {
    const blocks = JSON.stringify(hanasAlert());
    expect(blocks).toContain('Act today: immediate safeguarding concern');
    expect(blocks).toContain('CR-900001');
    expect(blocks).toContain(REASON);
    expect(blocks).toContain('Also alerted: Priya Patel');
    expect(blocks).toContain('I have acted');
  });

  it('“Open the finding” shows the QA manager the finding in full, and the view is audited', async () => {
    const trail = async () => database.stores.auditEvents.trailFor('case_finding', (await finding())?._id ?? '');
    const views = (await trail()).filter((event) => event.transition === 'view').length;
    const open = buttonsOf(priyasAlert()).get('Open the finding');

    const answered = await scene.press(priya, personalChat(priya), 'alert-1', 'finding.open', open?.data ?? {});

    expect(JSON.stringify(answered.body)).toContain(REASON);
    expect(JSON.stringify(answered.body)).toContain('Overall grade');
    expect((await trail()).filter((event) => event.transition === 'view')).toHaveLength(views + 1);
  });

  it('a member of staff it was not for is told who can say they have acted, and nothing is recorded', async () => {
    const acted = buttonsOf(priyasAlert()).get('I have acted');

    const answered = await scene.press(amy, personalChat(amy), 'alert-2', 'safeguarding.acted', acted?.data ?? {});

    expect(textsOf(answered.body.value).join(' ')).toContain(
      'Only the people this alert went to can say they have acted on it. Ask one of them: Priya Patel or Hana Wood.',
    );
    expect(await actedEvents()).toEqual([]);
    expect((await finding())?.safeguardingConcern.actedOn).toBeUndefined();
  });

  it('“I have acted” pressed twice is recorded and audited once, and every copy shows who acted and when', async () => {
    scene.setNow('2026-12-03T14:05:00Z');
    const acted = buttonsOf(priyasAlert()).get('I have acted');

    const first = await scene.press(priya, personalChat(priya), 'alert-3', 'safeguarding.acted', acted?.data ?? {});
    scene.setNow('2026-12-03T14:07:00Z');
    const again = await scene.press(priya, personalChat(priya), 'alert-3', 'safeguarding.acted', acted?.data ?? {});

    for (const answer of [first, again]) {
      expect(textsOf(answer.body.value).join(' ')).toContain('Acted on by Priya Patel at 14:05');
      expect(buttonsOf(answer.body.value).has('I have acted')).toBe(false);
    }
    expect(await actedEvents()).toHaveLength(1);
    expect((await actedEvents())[0]).toMatchObject({ actorId: 'person-priya', at: new Date('2026-12-03T14:05:00Z') });
    expect((await finding())?.safeguardingConcern.actedOn).toEqual([
      { personId: 'person-priya', at: new Date('2026-12-03T14:05:00Z') },
    ]);
    // The district manager's copy in Slack shows it too, and she can still say she has acted.
    const hanas = JSON.stringify(hanasAlert());
    expect(hanas).toContain('Acted on by Priya Patel at 14:05');
    expect(hanas).toContain('I have acted');
    // The QA manager's own copy in Teams was updated in place.
    const updated = scene.connector.callsTo(personalChat(priya).id).filter((call) => call.method === 'PUT');
    expect(JSON.stringify(updated.at(-1)?.activity)).toContain('Acted on by Priya Patel at 14:05');
  });

  it('a manager no longer allowed the case’s detail still acts on the alert, and her copy shows no concern', async () => {
    await database.stores.people.collection[driver].updateOne(
      { _id: 'person-hana' },
      { $set: { districtIds: ['high-peak'] } },
    );
    scene.setNow('2026-12-03T14:20:00Z');

    await scene.post(
      buttonPressed('U-HANA', HANA_DM, String(hanasAlert().ts), buttonValue(hanasAlert(), 'I have acted')),
    );
    // Slack is answered at once and the press handled after: its outcome is waited for.
    await expect.poll(() => JSON.stringify(hanasAlert())).toContain('Acted on by Hana Wood at 14:20');
    const lastPriyaUpdate = () =>
      JSON.stringify(
        scene.connector
          .callsTo(personalChat(priya).id)
          .filter((call) => call.method === 'PUT')
          .at(-1)?.activity,
      );
    await expect.poll(lastPriyaUpdate).toContain('Acted on by Hana Wood at 14:20');

    expect(await actedEvents()).toHaveLength(2);
    const hanas = JSON.stringify(hanasAlert());
    expect(hanas).toContain('CR-900001');
    expect(hanas).not.toContain(REASON);
    expect(hanas).not.toContain('Open the finding');
    expect(hanas).not.toContain('I have acted');
    // The QA manager, who may read the detail, still sees the concern on her refreshed copy.
    expect(lastPriyaUpdate()).toContain(REASON);
  });
});
