import { describe, expect, it } from 'vitest';
import { caseHandbackId, caseHandbackKey } from '../../src/domain/case-handback/case-handback.js';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { buttonsOf } from '../support/card-buttons.js';
import { aCaseFinding, aCaseSample, aChallengeDay } from '../support/fixtures.js';
import { personalChat as chatOf, teamsAndSlackScene, teamsUser } from '../support/scene.js';
import { buttonValue } from '../support/slack-button-value.js';
import { buttonPressed } from '../support/slack-requests.js';
import { cardAction, cardIn, postActivity, registered, textsOf, type TeamsUser } from '../support/teams-activities.js';

/*
 * Back to the case (issue 21 point 5): once a senior manager verifies the report, the manager of the team
 * holding each audited case is sent that case's findings and its actions, one card per case, and
 * acknowledges them; nobody else is sent them, and a replayed verification sends nothing new.
 */

const priya = teamsUser('priya', 'Priya Patel'); // QA manager
const martin = teamsUser('martin', 'Martin Cole'); // senior manager, verifies
const dan = teamsUser('dan', 'Dan Reeves'); // auditor
const jo = teamsUser('jo', 'Jo Bennett'); // staff, owns the actions
const tom = teamsUser('tom', 'Tom Hill'); // manages North: CR-5101 and CR-5102
const helen = teamsUser('helen', 'Helen Ward'); // district manager: stands in for East, whose manager left
const amy = teamsUser('amy', 'Amy Shaw'); // staff, nobody's manager
const wes = teamsUser('wes', 'Wes Park');
const UNA_DM = 'D-U-UNA'; // Una Lowe manages South (CR-5103), known only in Slack, never wrote to the bot
const DAY_ID = 'day-back-to-case';
const CASE_CARD = 'Challenge Day findings for case';

const scene = teamsAndSlackScene({
  now: new Date('2026-12-07T16:00:00Z'),
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
    registered(martin, { _id: 'person-martin', roles: ['senior_manager'] }),
    registered(dan, { _id: 'person-dan', roles: ['auditor'] }),
    registered(jo, { _id: 'person-jo', roles: ['staff'] }),
    registered(tom, { _id: 'person-tom', roles: ['staff'] }),
    registered(helen, { _id: 'person-helen', roles: ['district_manager'] }),
    registered(amy, { _id: 'person-amy', roles: ['staff'] }),
    registered(teamsUser('una', 'Una Lowe'), {
      _id: 'person-una',
      roles: ['staff'],
      identities: { slackUserId: 'U-UNA' },
    }),
    // Manages West; Teams will not open a chat with him (the app is installed nowhere he belongs).
    registered(wes, { _id: 'person-wes', roles: ['staff'] }),
    registered(teamsUser('vic', 'Vic Marsh'), {
      _id: 'person-vic',
      roles: ['staff'],
      leftAt: new Date('2026-11-30T17:00:00Z'),
    }),
  ],
  seed: async () => {
    scene.connector.withoutAppFor(wes.aadObjectId);
    const { stores } = scene.database;
    await stores.challengeDays.create(
      aChallengeDay({
        _id: DAY_ID,
        status: 'in_progress',
        date: calendarDateFromIso('2026-12-03'),
        auditTeamIds: ['person-dan'],
      }),
    );
    for (const [name, managerId] of [
      ['North', 'person-tom'],
      ['South', 'person-una'],
      ['East', 'person-vic'],
    ] as const) {
      await stores.teams.save({ _id: `team-${name.toLowerCase()}`, name, districtId: 'chesterfield', managerId });
    }
    await stores.caseSamples.saveOnce(
      aCaseSample({
        challengeDayId: DAY_ID,
        cases: [
          { caseReference: 'CR-5101', teamName: 'North', auditorId: 'person-dan' },
          { caseReference: 'CR-5102', teamName: 'north', auditorId: 'person-dan' },
          { caseReference: 'CR-5103', teamName: 'South', auditorId: 'person-dan' },
          { caseReference: 'CR-5104', teamName: 'East', auditorId: 'person-dan' },
        ],
      }),
    );
    for (const caseReference of ['CR-5101', 'CR-5102', 'CR-5103', 'CR-5104']) {
      await stores.caseFindings.submit(
        aCaseFinding({
          challengeDayId: DAY_ID,
          caseReference,
          auditorId: 'person-dan',
          strengths: `Strengths of ${caseReference}: the worker knows the family well.`,
          recommendations: [
            {
              text: `Review the plan of ${caseReference} with the family`,
              suggestedOwnerId: 'person-jo',
              dueDate: calendarDateFromIso('2027-01-15'),
              priority: 'high',
            },
          ],
        }),
      );
    }
    for (const user of [priya, martin, dan, jo, tom, helen, amy]) await scene.say(user, chatOf(user), 'hello');
  },
});
const { database } = scene;

const caseCardsPostedTo = (who: TeamsUser) =>
  scene.connector
    .callsTo(chatOf(who).id)
    .filter((call) => call.method === 'POST' && JSON.stringify(call.activity).includes(CASE_CARD));
const caseCardPostsToUna = () =>
  scene.slack
    .callsOf('chat.postMessage')
    .filter((call) => call.args.channel === UNA_DM && JSON.stringify(call.args).includes(CASE_CARD));
const caseCardIn = (who: TeamsUser, caseReference: string) =>
  caseCardsPostedTo(who)
    .map((call) => cardIn(call.activity))
    .find((card) => textsOf(card).join(' ').includes(`${CASE_CARD} ${caseReference}`));
const handbackOf = async (caseReference: string) =>
  (await database.stores.caseHandbacks.findById(caseHandbackId(await reportId(), caseReference))) ?? undefined;
const reportId = async () => (await database.stores.reports.forChallengeDay(DAY_ID))?._id ?? '';
const approval = async () =>
  cardAction(scene.connector.serviceUrl, chatOf(martin), martin, 'report-card', 'report.approve', {
    reportId: await reportId(),
  });
let approvalActivity: Record<string, unknown> = {};

describe('back to the case: each audited case’s findings go to the manager of the team holding it', () => {
  it('after verification each team manager is sent each of their cases’ findings once, with its actions; nobody else is', async () => {
    await scene.say(priya, chatOf(priya), 'draft the report for Chesterfield');
    await scene.press(priya, chatOf(priya), 'draft-card', 'report.submit', { reportId: await reportId() });
    await scene.settle();

    approvalActivity = await approval();
    const approved = await postActivity(scene.running.baseUrl, approvalActivity);
    const receipt = textsOf(approved.body.value).join(' ');
    expect(receipt).toContain('Report verified');
    expect(receipt).toContain('Case findings sent to: Tom Hill, Una Lowe, Helen Ward.');
    await scene.settle();

    expect(caseCardsPostedTo(tom)).toHaveLength(2);
    expect(caseCardPostsToUna()).toHaveLength(1);
    expect(caseCardsPostedTo(helen)).toHaveLength(1);
    for (const nobody of [priya, martin, dan, jo, amy]) expect(caseCardsPostedTo(nobody)).toHaveLength(0);

    const card = caseCardIn(tom, 'CR-5101');
    const texts = textsOf(card).join(' ');
    expect(texts).toContain('Strengths: Strengths of CR-5101: the worker knows the family well.');
    expect(texts).toContain('Recommendations: Review the plan of CR-5101 with the family (due Fri 15 Jan 2027)');
    expect(JSON.stringify(card)).toContain('"title":"Team","value":"North"');
    expect(JSON.stringify(card)).toContain('"title":"Overall grade","value":"Good"');
    const actions = await database.stores.actions.forChallengeDay(DAY_ID);
    const cr5101Action = actions.find((action) => action.what.includes('CR-5101'));
    expect(texts).toContain(
      `${cr5101Action?.reference} Review the plan of CR-5101 with the family — Jo Bennett · due Fri 15 Jan 2027 · Open`,
    );
    expect(texts).not.toContain('CR-5102 with the family');
    expect([...buttonsOf(card).keys()]).toEqual(['Open the finding', 'Acknowledge']);
    expect(textsOf(caseCardIn(tom, 'CR-5102')).join(' ')).toContain('Review the plan of CR-5102');
    expect(JSON.stringify(caseCardPostsToUna()[0]?.args)).toContain('CR-5103');
  });

  it('a case whose team’s manager has left goes to the district manager, and the card says why', async () => {
    const texts = textsOf(caseCardIn(helen, 'CR-5104')).join(' ');
    expect(texts).toContain(
      'Sent to you as a district manager of Chesterfield, instead of the manager of the team holding the case: East’s manager has left.',
    );
    expect((await handbackOf('CR-5104'))?.recipientIds).toEqual(['person-helen']);
  });

  it('the approval delivered again sends nobody anything new', async () => {
    const posts = scene.connector.callsTo(chatOf(tom).id).length;
    const replayed = await postActivity(scene.running.baseUrl, approvalActivity);
    expect(textsOf(replayed.body.value).join(' ')).toContain('Report verified');
    await scene.settle();

    expect(caseCardsPostedTo(tom)).toHaveLength(2);
    expect(caseCardPostsToUna()).toHaveLength(1);
    expect(caseCardsPostedTo(helen)).toHaveLength(1);
    expect(scene.connector.callsTo(chatOf(tom).id)).toHaveLength(posts);
  });

  it('another team’s manager pressing Acknowledge, or a member of staff, is refused and nothing is stored', async () => {
    const acknowledge = buttonsOf(caseCardIn(tom, 'CR-5101')).get('Acknowledge');

    const byHelen = await scene.press(helen, chatOf(helen), 'case-1', 'case.acknowledge', acknowledge?.data ?? {});
    expect(textsOf(byHelen.body.value).join(' ')).toContain(
      'Only the manager case CR-5101’s findings were sent to can acknowledge them. Ask Tom Hill.',
    );
    // Tom's own card for another case, changed to carry CR-5104's: not his to acknowledge.
    const east = buttonsOf(caseCardIn(helen, 'CR-5104')).get('Acknowledge');
    const tampered = await scene.press(tom, chatOf(tom), 'case-2', 'case.acknowledge', east?.data ?? {});
    expect(textsOf(tampered.body.value).join(' ')).toContain(
      'Only the manager case CR-5104’s findings were sent to can acknowledge them. Ask Helen Ward.',
    );
    const byAmy = await scene.press(amy, chatOf(amy), 'case-3', 'case.acknowledge', acknowledge?.data ?? {});
    expect(textsOf(byAmy.body.value).join(' ')).toContain('Only the manager case CR-5101’s findings were sent to');

    expect((await handbackOf('CR-5101'))?.acknowledged).toBeUndefined();
    expect((await handbackOf('CR-5104'))?.acknowledged).toBeUndefined();
    const events = await database.stores.auditEvents.aboutCase('CR-5101');
    expect(events.filter((event) => event.transition === 'acknowledge_findings')).toEqual([]);
  });

  it('the team manager acknowledges once: stored and audited, every copy shows it, a second press says it already was', async () => {
    scene.setNow('2026-12-08T09:30:00Z');
    const acknowledge = buttonsOf(caseCardIn(tom, 'CR-5101')).get('Acknowledge');

    const first = await scene.press(tom, chatOf(tom), 'case-4', 'case.acknowledge', acknowledge?.data ?? {});
    expect(textsOf(first.body.value).join(' ')).toContain('Acknowledged by Tom Hill on Tue 8 Dec 2026 at 09:30');
    expect([...buttonsOf(first.body.value).keys()]).toEqual(['Open the finding']);
    await scene.settle();
    const updated = scene.connector.callsTo(chatOf(tom).id).filter((call) => call.method === 'PUT');
    expect(textsOf(cardIn(updated.at(-1)?.activity)).join(' ')).toContain('Acknowledged by Tom Hill');

    scene.setNow('2026-12-08T09:45:00Z');
    const again = await scene.press(tom, chatOf(tom), 'case-5', 'case.acknowledge', acknowledge?.data ?? {});
    expect(textsOf(again.body.value).join(' ')).toContain(
      'Case CR-5101’s findings were already acknowledged by you; nothing more is recorded.',
    );

    expect((await handbackOf('CR-5101'))?.acknowledged).toEqual({
      byId: 'person-tom',
      at: new Date('2026-12-08T09:30:00Z'),
    });
    await scene.say(tom, chatOf(tom), 'audit trail for case CR-5101');
    expect(JSON.stringify(cardIn(scene.lastIn(chatOf(tom))?.activity))).toContain(
      'Findings of the verified report acknowledged by Tom Hill',
    );
    const acknowledged = (await database.stores.auditEvents.aboutCase('CR-5101')).filter(
      (event) => event.transition === 'acknowledge_findings',
    );
    expect(acknowledged).toHaveLength(1);
  });

  it('Acknowledge pressed twice at once is stored and audited once; one press is told it already was', async () => {
    const acknowledge = buttonsOf(caseCardIn(tom, 'CR-5102')).get('Acknowledge');

    const answers = await Promise.all(
      ['case-8', 'case-9'].map((cardId) =>
        scene.press(tom, chatOf(tom), cardId, 'case.acknowledge', acknowledge?.data ?? {}),
      ),
    );

    const shown = answers.map((answer) => textsOf(answer.body.value).join(' '));
    expect(shown.filter((text) => text.includes('Acknowledged by Tom Hill'))).toHaveLength(1);
    expect(shown.filter((text) => text.includes('already acknowledged by you'))).toHaveLength(1);
    expect((await handbackOf('CR-5102'))?.acknowledged?.byId).toBe('person-tom');
    const events = await database.stores.auditEvents.aboutCase('CR-5102');
    expect(events.filter((event) => event.transition === 'acknowledge_findings')).toHaveLength(1);
  });

  it('Una acknowledges in Slack, where she never wrote to the bot before', async () => {
    const message = scene.slack.messagesIn(UNA_DM).at(-1) ?? {};
    const answered = await scene.post(
      buttonPressed('U-UNA', UNA_DM, String(message.ts), buttonValue(message, 'Acknowledge')),
    );
    expect(answered.status).toBe(200);
    // Slack is answered at once and the press handled after: its outcome is waited for.
    await expect
      .poll(() => JSON.stringify(scene.slack.messagesIn(UNA_DM).at(-1)))
      .toContain('Acknowledged by Una Lowe');
    expect((await handbackOf('CR-5103'))?.acknowledged?.byId).toBe('person-una');
    expect(JSON.stringify(scene.slack.messagesIn(UNA_DM).at(-1))).not.toContain('case.acknowledge');
  });

  it('the team manager can open the case’s detail; another team’s manager and staff cannot', async () => {
    const open = buttonsOf(caseCardIn(tom, 'CR-5101')).get('Open the finding');

    const byTom = await scene.press(tom, chatOf(tom), 'case-6', 'finding.open', open?.data ?? {});
    expect(JSON.stringify(byTom.body)).toContain('Strengths of CR-5101');

    for (const other of [amy, jo]) {
      const refused = await scene.press(other, chatOf(other), 'case-7', 'finding.open', open?.data ?? {});
      expect(JSON.stringify(refused.body)).not.toContain('Strengths of CR-5101');
      expect(textsOf(refused.body.value).join(' ')).toContain('shown only to those who need to know the case');
    }
    await scene.say(tom, chatOf(tom), 'audit trail for case CR-5103');
    expect(scene.lastCardTextIn(chatOf(tom))).toContain('shown only to those who need to know the case');
  });

  it('a team manager the bot cannot reach: the senior manager who verified it is told, naming the case', async () => {
    const handback = {
      _id: 'handback-west',
      reportId: await reportId(),
      challengeDayId: DAY_ID,
      districtId: 'chesterfield',
      caseReference: 'CR-5199',
      findingIds: [(await database.stores.caseFindings.forCase(undefined, 'CR-5101'))[0]?._id ?? ''],
      actionIds: [],
      teamName: 'West',
      recipientIds: ['person-wes'],
      sentAt: new Date('2026-12-07T16:00:00Z'),
    };
    await database.stores.caseHandbacks.saveOnce(handback);

    await scene.deliverNow([
      {
        key: caseHandbackKey(handback._id),
        notification: { kind: 'case_handback', caseHandbackId: handback._id },
        destination: { kind: 'person', personId: 'person-wes' },
        senderId: 'person-martin',
      },
    ]);
    await scene.settle();

    expect(caseCardsPostedTo(wes)).toHaveLength(0);
    const told = scene.connector
      .callsTo(chatOf(martin).id)
      .map((call) => textsOf(cardIn(call.activity)).join(' '))
      .filter((text) => text.includes('Could not reach Wes Park'));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('Could not reach Wes Park with the verified findings for case CR-5199');
  });
});
