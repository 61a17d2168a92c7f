import { describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { aCaseFinding, aChallengeDay, aConversationLink, aFocusGroupFeedback } from '../../support/fixtures.js';
import { reportDraftActionSubmission, returnReportSubmission } from '../../support/form-submissions.js';
import { personalChat as chatOf, teamsScene } from '../../support/scene.js';
import { cardIn, textsOf, type TeamsUser, registered } from '../../support/teams-activities.js';

const priya = { aadObjectId: 'aad-priya', name: 'Priya Patel' };
const martin = { aadObjectId: 'aad-martin', name: 'Martin Cole' };
const jo = { aadObjectId: 'aad-jo', name: 'Jo Bennett' };
const helen = { aadObjectId: 'aad-helen', name: 'Helen Ward' };
const channel = '19:chesterfield-channel@thread.tacv2';
let dayId = '';
let dayNumber = 0;

const recommendation = (text: string, ownerId = 'person-jo') => ({
  text,
  suggestedOwnerId: ownerId,
  dueDate: calendarDateFromIso('2027-01-15'),
  priority: 'high' as const,
});

/** A day just held in Chesterfield, later than every earlier one, with a finding per set of recommendations. */
async function dayWithFindings(
  ...findings: { recommendations: ReturnType<typeof recommendation>[]; strengths?: string }[]
) {
  dayNumber += 1;
  const day = await database.stores.challengeDays.create(
    aChallengeDay({
      status: 'in_progress',
      date: calendarDateFromIso(`2026-11-${String(10 + dayNumber).padStart(2, '0')}`),
      auditTeamIds: ['person-dan'],
    }),
  );
  dayId = day._id;
  for (const [index, finding] of findings.entries()) {
    await database.stores.caseFindings.submit(
      aCaseFinding({ challengeDayId: day._id, caseReference: `CR-${dayNumber}0${index}`, ...finding }),
    );
  }
  return day;
}

const teams = teamsScene({
  now: new Date('2026-12-03T16:00:00Z'),
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'] }),
    registered(martin, { _id: 'person-martin', roles: ['senior_manager'] }),
    registered(jo, { _id: 'person-jo', roles: ['staff'] }),
    registered(helen, { _id: 'person-helen', roles: ['district_manager'] }),
    registered(
      { aadObjectId: 'aad-erin', name: 'Erin Shaw' },
      { _id: 'person-erin', roles: ['staff'], districtIds: ['erewash'] },
    ),
    // Registered by name only: no Teams or Slack account is known for her.
    registered(
      { aadObjectId: 'aad-nora', name: 'Nora Quinn' },
      { _id: 'person-nora', roles: ['staff'], identities: {} },
    ),
  ],
  seed: async () => {
    for (const user of [martin, jo, helen]) await teams.say(user, chatOf(user), 'hello');
    await database.stores.conversationLinks.remember(
      aConversationLink({
        conversationId: channel,
        address: {
          channelId: 'msteams',
          serviceUrl: teams.serviceUrl,
          conversation: { id: channel, conversationType: 'channel' },
          bot: { id: '28:bot' },
        },
      }),
    );
  },
});
const { database } = teams;

const say = (who: TeamsUser, text: string) => teams.say(who, chatOf(who), text);
const press = (who: TeamsUser, verb: string, data: Record<string, unknown>, cardId = 'report-card') =>
  teams.press(who, chatOf(who), cardId, verb, data);
const lastCardTo = (who: TeamsUser) => cardIn(teams.lastIn(chatOf(who))?.activity);
const verificationCardsTo = (who: TeamsUser) =>
  teams.connector.callsTo(chatOf(who).id).filter((call) => JSON.stringify(call.activity).includes('report.approve'));
const storedReport = async () => {
  const report = await database.stores.reports.forChallengeDay(dayId);
  if (!report) throw new Error('no report was drafted');
  return report;
};
const change = (reportId: string, actionKey: string | undefined, fields: Record<string, string>) => ({
  reportId,
  actionKey,
  ...reportDraftActionSubmission({
    what: 'Record wishes and feelings at every visit',
    dueDate: '2027-01-15',
    ...fields,
  }),
});

describe('the Challenge Day report in Teams', () => {
  it('the QA manager sees the draft — grades, strengths, areas for improvement, themes, each action with a Change button — and nothing goes to the senior managers yet', async () => {
    await dayWithFindings({ recommendations: [recommendation('Record wishes and feelings at every visit')] });
    await database.stores.focusGroupFeedback.submit(
      aFocusGroupFeedback({ challengeDayId: dayId, themes: ['Caseloads'] }),
    );

    await say(priya, 'draft the report for Chesterfield');
    const draft = lastCardTo(priya);
    const shown = textsOf(draft).join(' ');
    expect(shown).toContain('Draft report');
    expect(shown).toContain('Record wishes and feelings at every visit');
    expect(shown).toContain('Jo Bennett · due Fri 15 Jan 2027 · High priority');
    expect(JSON.stringify(draft)).toContain('Strong relationship between worker and family.');
    expect(JSON.stringify(draft)).toContain('Caseloads');
    expect(JSON.stringify(draft)).toContain('"form":"report.editAction"');
    expect(JSON.stringify(draft)).toContain('report.submit');
    // Showing the notes case by case is a view of each case, in its audit trail.
    const views = await database.stores.auditEvents.aboutCase(`CR-${dayNumber}00`);
    expect(views.map((event) => [event.entityKind, event.transition, event.actorId, event.note])).toContainEqual([
      'report',
      'view',
      'person-priya',
      'draft report card with notes case by case',
    ]);
    await teams.settle();
    expect(verificationCardsTo(martin)).toHaveLength(0);
    expect((await storedReport()).status).toBe('draft');
    expect((await database.stores.challengeDays.findById(dayId))?.status).toBe('report_drafted');
  });

  it('"Change" opens the action’s form filled in with it as it stands', async () => {
    const report = await storedReport();
    const opened = await press(priya, 'form.open', {
      form: 'report.editAction',
      reportId: report._id,
      actionKey: report.draftActions[0]?.key,
    });
    const form = JSON.stringify(opened.body.value);
    expect(form).toContain('Change a recommended action');
    expect(form).toContain('"value":"Record wishes and feelings at every visit"');
    expect(form).toContain('"value":"2027-01-15"');
    expect(form).toContain('report.editAction');
  });

  it('changed wording, owner, date and priority show on the draft, go to the senior manager, and become the action on approval', async () => {
    const report = await storedReport();
    const changed = await press(
      priya,
      'report.editAction',
      change(report._id, report.draftActions[0]?.key, {
        what: 'Record wishes and feelings in the child’s own words at every visit',
        ownerId: 'person-helen',
        dueDate: '2027-02-26',
        priority: 'medium',
      }),
    );
    expect(textsOf(changed.body.value).join(' ')).toContain('Helen Ward · due Fri 26 Feb 2027 · Medium priority');

    const submitted = await press(priya, 'report.submit', { reportId: report._id });
    expect(textsOf(submitted.body.value).join(' ')).toContain('Report submitted for verification');
    expect(textsOf(submitted.body.value).join(' ')).toContain('Sent to verify: Martin Cole.');
    await teams.settle();
    const toMartin = verificationCardsTo(martin);
    expect(toMartin).toHaveLength(1);
    expect(JSON.stringify(toMartin[0]?.activity)).toContain('in the child’s own words');
    // The card carries no link to the report, only the button that asks for one for whoever presses it.
    expect(JSON.stringify(toMartin[0]?.activity)).toContain('"verb":"report.openLink"');
    expect(JSON.stringify(toMartin[0]?.activity)).not.toContain('/reports/');
    const link = await press(martin, 'report.openLink', { reportId: report._id });
    expect(JSON.stringify(link.body)).toContain('/reports/');
    expect(JSON.stringify(link.body)).toContain('person=person-martin');

    const approved = await press(martin, 'report.approve', { reportId: report._id });
    expect(textsOf(approved.body.value).join(' ')).toContain('Report verified');
    expect(textsOf(approved.body.value).join(' ')).toContain('Actions sent to: Helen Ward.');
    await teams.settle();
    expect(await database.stores.actions.forChallengeDay(dayId)).toMatchObject([
      {
        what: 'Record wishes and feelings in the child’s own words at every visit',
        ownerId: 'person-helen',
        dueDate: calendarDateFromIso('2027-02-26'),
        priority: 'medium',
        status: 'open',
      },
    ]);
    expect(JSON.stringify(teams.lastIn(chatOf(helen))?.activity)).toContain('in the child’s own words');
    expect(textsOf(cardIn(teams.connector.callsTo(channel).at(-1)?.activity)).join(' ')).toContain(
      'Challenge Day report verified: Chesterfield',
    );
  });

  it('the QA manager who drafted the report is told in her chat that it was verified, by whom and when (London time), with what it found', async () => {
    await dayWithFindings({ recommendations: [recommendation('Share the chronology with the family')] });
    await say(priya, 'draft the report for Chesterfield');
    const report = await storedReport();
    await press(priya, 'report.submit', { reportId: report._id });
    await teams.settle();

    await press(martin, 'report.approve', { reportId: report._id });
    await teams.settle();

    const told = teams.lastIn(chatOf(priya))?.activity;
    const shown = textsOf(cardIn(told)).join(' ');
    expect(shown).toContain('Your Challenge Day report was verified: Chesterfield');
    expect(shown).toContain('Verified by Martin Cole on Thu 3 Dec 2026 at 16:00');
    expect(JSON.stringify(cardIn(told))).toContain('Cases audited');
    expect(shown).not.toContain('Submitted by');
    expect(String(told?.summary)).toContain('Verified by Martin Cole on Thu 3 Dec 2026 at 16:00.');
    // The same press again (a retry) tells her nothing twice.
    const approvalsTo = () =>
      teams.connector.callsTo(chatOf(priya).id).filter((call) => JSON.stringify(call).includes('Verified by'));
    const before = approvalsTo().length;
    await press(martin, 'report.approve', { reportId: report._id });
    await teams.settle();
    expect(approvalsTo()).toHaveLength(before);
  });

  it('the verified receipt names an action owner the bot cannot reach, and what to do; the action is listed as failed', async () => {
    await dayWithFindings({ recommendations: [recommendation('Share the chronology with the family')] });
    await say(priya, 'draft the report for Chesterfield');
    const report = await storedReport();
    await press(
      priya,
      'report.editAction',
      change(report._id, report.draftActions[0]?.key, {
        what: 'Share the chronology with the family',
        ownerId: 'person-nora',
      }),
    );
    await press(priya, 'report.submit', { reportId: report._id });

    const approved = await press(martin, 'report.approve', { reportId: report._id });

    expect(textsOf(approved.body.value).join(' ')).toContain(
      'Could not reach: Nora Quinn — the bot knows no Teams or Slack account of theirs; tell them their actions directly.',
    );
    const failed = await database.stores.outbox.failedDeliveries(20);
    expect(failed).toContainEqual(expect.objectContaining({ personId: 'person-nora', failedBecause: 'no_identity' }));
  });

  it('an action left out is not made, and drafting again does not bring it back', async () => {
    await dayWithFindings(
      { recommendations: [recommendation('Keep this one')] },
      { recommendations: [recommendation('Leave this one out')] },
    );
    await say(priya, 'draft the report for Chesterfield');
    const report = await storedReport();
    const leaveOut = report.draftActions.find((draft) => draft.what === 'Leave this one out');
    const changed = await press(priya, 'report.editAction', change(report._id, leaveOut?.key, { leaveOut: 'true' }));
    const shown = textsOf(changed.body.value).join(' ');
    expect(shown).not.toContain('Leave this one out');
    expect(shown).toContain('1 in the plan, 1 left out');

    await say(priya, 'draft the report for Chesterfield');
    expect(textsOf(lastCardTo(priya)).join(' ')).not.toContain('Leave this one out');
    await press(priya, 'report.submit', { reportId: report._id });
    await press(martin, 'report.approve', { reportId: report._id });
    expect((await database.stores.actions.forChallengeDay(dayId)).map((action) => action.what)).toEqual([
      'Keep this one',
    ]);
  });

  it('a due date in the past comes back on the form with what was typed and what to correct; the draft is unchanged', async () => {
    await dayWithFindings({ recommendations: [recommendation('Audit supervision records')] });
    await say(priya, 'draft the report for Chesterfield');
    const before = await storedReport();
    const answer = await press(
      priya,
      'report.editAction',
      change(before._id, before.draftActions[0]?.key, {
        what: 'Audit supervision records monthly',
        dueDate: '2026-11-01',
      }),
    );
    const form = JSON.stringify(answer.body.value);
    expect(form).toContain('Choose a date from today onwards.');
    expect(form).toContain('"value":"Audit supervision records monthly"');
    expect(await storedReport()).toEqual(before);
  });

  it('an owner from another district, put into the card data, is refused and the draft is unchanged', async () => {
    const before = await storedReport();
    const answer = await press(
      priya,
      'report.editAction',
      change(before._id, before.draftActions[0]?.key, { ownerId: 'person-erin' }),
    );
    expect(JSON.stringify(answer.body.value)).toContain('Choose someone who works in this district.');
    expect(await storedReport()).toEqual(before);
  });

  it('only a QA manager can change or submit the draft: a senior manager and the action’s owner are refused', async () => {
    const before = await storedReport();
    const key = before.draftActions[0]?.key;
    for (const who of [martin, jo]) {
      const changeAnswer = await press(who, 'report.editAction', change(before._id, key, { what: 'Nothing at all' }));
      expect(textsOf(changeAnswer.body.value).join(' ')).toContain('Only a QA manager can change the draft report.');
      const submitAnswer = await press(who, 'report.submit', { reportId: before._id });
      expect(textsOf(submitAnswer.body.value).join(' ')).toContain('Only a QA manager submits the report.');
      const openAnswer = await press(who, 'form.open', {
        form: 'report.editAction',
        reportId: before._id,
        actionKey: key,
      });
      expect(textsOf(openAnswer.body.value).join(' ')).toContain('Only a QA manager can change the draft report.');
    }
    expect(await storedReport()).toEqual(before);
  });

  it('once submitted it cannot be changed; returned with comments, the QA manager is sent the draft showing them, changes it and submits it again', async () => {
    const report = await storedReport();
    await press(priya, 'report.submit', { reportId: report._id });
    await press(priya, 'report.submit', { reportId: report._id });
    await teams.settle();
    const cardsBefore = verificationCardsTo(martin).length;

    const tooLate = await press(priya, 'report.editAction', change(report._id, report.draftActions[0]?.key, {}));
    expect(textsOf(tooLate.body.value).join(' ')).toContain('This report is with the senior managers now.');

    await press(martin, 'report.return', { reportId: report._id, ...returnReportSubmission() });
    await teams.settle();
    // Told without asking: the draft arrives in her chat, the comments on it, its Change buttons live.
    const returned = teams.lastIn(chatOf(priya))?.activity;
    expect(String(returned?.summary)).toContain(
      'The report was returned to you with comments: Give the audit to the district manager.',
    );
    expect(textsOf(cardIn(returned)).join(' ')).toContain('Give the audit to the district manager.');
    expect(JSON.stringify(cardIn(returned))).toContain('"form":"report.editAction"');
    await say(priya, 'draft the report for Chesterfield');
    expect(textsOf(lastCardTo(priya)).join(' ')).toContain('Give the audit to the district manager.');
    const changed = await press(
      priya,
      'report.editAction',
      change(report._id, report.draftActions[0]?.key, { what: 'Audit supervision records', ownerId: 'person-helen' }),
    );
    expect(textsOf(changed.body.value).join(' ')).toContain('Helen Ward · due Fri 15 Jan 2027');
    // The draft card shown after the return is a new card, so its button is a new press.
    await press(priya, 'report.submit', { reportId: report._id }, 'report-card-after-return');
    await teams.settle();
    expect(verificationCardsTo(martin)).toHaveLength(cardsBefore + 1);
  });

  it('drafting again after a late finding adds only its recommendations and keeps every change', async () => {
    const day = await dayWithFindings({ recommendations: [recommendation('First recommendation')] });
    await say(priya, 'draft the report for Chesterfield');
    const first = await storedReport();
    await press(priya, 'report.editAction', change(first._id, first.draftActions[0]?.key, { what: 'First, reworded' }));
    await database.stores.caseFindings.submit(
      aCaseFinding({ challengeDayId: day._id, caseReference: 'CR-999', recommendations: [recommendation('Late one')] }),
    );
    await say(priya, 'draft the report for Chesterfield');
    expect((await storedReport()).draftActions.map((draft) => draft.what)).toEqual(['First, reworded', 'Late one']);
  });

  it('free text that looks like a child’s name or date of birth is hidden on the draft card', async () => {
    await dayWithFindings({
      recommendations: [recommendation('Review the plan')],
      strengths: 'Worker knows Jamie Smith well, born 12/03/2015.',
    });
    await say(priya, 'draft the report for Chesterfield');
    const card = JSON.stringify(lastCardTo(priya));
    expect(card).not.toContain('Jamie Smith');
    expect(card).not.toContain('12/03/2015');
    expect(card).toContain('Worker knows [hidden] well, born [hidden].');
    expect(card).toContain('shown as [hidden]');
  });

  it('opens as one HTML page through a link of her own, which cannot be altered and expires within the hour', async () => {
    await teams.say(priya, chatOf(priya), 'draft the report for Chesterfield');
    const card = JSON.stringify(cardIn(teams.lastIn(chatOf(priya))?.activity));
    expect(card).toContain('"verb":"report.openLink"');
    const answer = JSON.stringify(
      (await press(priya, 'report.openLink', { reportId: (await storedReport())._id })).body,
    );
    const link = new URL(/"url":"([^"]+\/reports\/[^"]+)"/.exec(answer)?.[1] ?? 'http://invalid/');
    const local = `${teams.running.baseUrl}${link.pathname}${link.search}`;

    const page = await fetch(local);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('Challenge Day report — Chesterfield and Chesterfield MAT');
    expect(html).toContain('Review the plan');
    expect(html).toContain('<h2>Strengths</h2>');
    expect(html).toContain('Worker knows [hidden] well');
    expect(html).not.toContain('Jamie Smith');
    expect(html).not.toMatch(/<script/i);

    const otherReport = local.replace(/reports\/[^.]+\.html/, 'reports/report-someone-else.html');
    expect((await fetch(otherReport)).status).toBe(403);
    expect((await fetch(local.replace(/signature=[0-9a-f]{4}/, 'signature=0000'))).status).toBe(403);
    teams.running.clock.now = new Date(teams.running.clock.now.getTime() + 61 * 60_000);
    const expired = await fetch(local);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('This link is not valid for you, or it has expired.');
  });

  it('the QA manager who drafted the report cannot verify it', async () => {
    const report = await database.stores.reports.forChallengeDay(dayId);
    const answer = await teams.press(priya, chatOf(priya), 'verification-card-2', 'report.approve', {
      reportId: report?._id,
    });
    expect(textsOf(answer.body.value).join(' ')).toContain('Only a senior manager can verify a report.');
  });
});
