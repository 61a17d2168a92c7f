import { describe, expect, it } from 'vitest';
import {
  caseFindingSubmission,
  completeActionSubmission,
  noticeReplySubmission,
  planSubmission,
  reportDraftActionSubmission,
} from '../../support/form-submissions.js';
import { personalChat as chatOf, teamsScene, teamsUser as user } from '../../support/scene.js';
import { registered, textsOf, type TeamsConversation } from '../../support/teams-activities.js';
import { driver } from '../../../src/store/driver-collection.js';

const priya = user('priya', 'Priya Patel'); // QA manager
const martin = user('martin', 'Martin Cole'); // senior manager
const helen = user('helen', 'Helen Ward'); // district manager
const dan = user('dan', 'Dan Reeves'); // peer auditor from another district's team
const jo = user('jo', 'Jo Bennett'); // social worker
const channel: TeamsConversation = {
  id: '19:chesterfield@thread.tacv2',
  type: 'channel',
  tenantId: 'tenant-derbyshire',
};

const teams = teamsScene({
  now: new Date('2026-12-01T10:00:00Z'),
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
    registered(martin, { _id: 'person-martin', roles: ['senior_manager'] }),
    registered(helen, { _id: 'person-helen', roles: ['district_manager'] }),
    registered(dan, { _id: 'person-dan', roles: ['auditor'], districtIds: ['erewash'], teamName: 'Erewash CP' }),
    registered(jo, { _id: 'person-jo', roles: ['staff'], teamName: 'Chesterfield CP 1' }),
  ],
});
const { database, say, press, lastIn, lastCardTextIn, settle } = teams;

describe('a whole Challenge Day cycle in Teams, for Chesterfield', () => {
  it('runs from planning to a closed action plan, each person seeing what they should at each step', async () => {
    for (const who of [martin, helen, dan, jo]) await say(who, chatOf(who), 'hello');
    await say(priya, channel, 'link this channel to Chesterfield');
    expect(lastCardTextIn(channel)).toContain('This channel is now linked to Chesterfield');

    // 1. The QA manager plans the day.
    await say(priya, chatOf(priya), 'plan');
    const planned = await press(priya, chatOf(priya), 'plan-card', 'plan.submit', {
      ...planSubmission({ focusAreas: '2', intelligence: 'complaints', auditTeamIds: 'person-dan,person-martin' }),
    });
    expect(textsOf(planned.body.value).join(' ')).toContain('Challenge Day planned: Chesterfield and Chesterfield MAT');

    // 2. 48 hours before, the notice goes to the channel and to everyone named; Jo replies.
    teams.running.clock.now = new Date('2026-12-08T09:30:00Z');
    await teams.running.bot.tick();
    const noticePost = teams.connector
      .callsTo(channel.id)
      .find((call) => call.method === 'POST' && !call.activityId && JSON.stringify(call.activity).includes('48 hours'));
    expect(noticePost).toBeDefined();
    expect(lastCardTextIn(chatOf(jo))).toContain('48 hours');
    const dayId = String(
      (await database.stores.challengeDays.collection[driver].findOne({ districtId: 'chesterfield' }))?._id,
    );
    await press(jo, channel, noticePost?.id ?? '', 'notice.reply', {
      challengeDayId: dayId,
      ...noticeReplySubmission(),
    });
    expect(JSON.stringify(teams.connector.message(noticePost?.id ?? ''))).toMatch(/"1"[^}]*\}[^{]*\{[^}]*"Attending"/);

    // 3. The QA manager draws the sample; the auditor gets a card per case.
    await say(
      priya,
      chatOf(priya),
      'draw sample of 2 for Chesterfield seed cycle\nCR-8101, Chesterfield CP 1\nCR-8102, Chesterfield CP 1\nCR-8103, Chesterfield CP 2',
    );
    expect(lastCardTextIn(chatOf(priya))).toContain('Case sample drawn: 2 cases');
    await settle();
    const sample = await database.stores.caseSamples.forChallengeDay(dayId);
    const danCases =
      sample?.cases.filter((entry) => entry.auditorId === 'person-dan').map((entry) => entry.caseReference) ?? [];
    expect(danCases.length).toBeGreaterThan(0);

    // 4. On the day the auditor records a finding, with a recommendation for Jo.
    teams.running.clock.now = new Date('2026-12-10T14:00:00Z');
    const finding = await press(dan, chatOf(dan), 'finding-card', 'finding.submit', {
      challengeDayId: dayId,
      ...caseFindingSubmission({ caseReference: danCases[0] ?? '' }),
      recommendation1Text: 'Record the child’s wishes and feelings at every visit',
      recommendation1Owner: 'person-jo',
      recommendation1DueDate: '2027-01-15',
      recommendation1Priority: 'high',
    });
    expect(textsOf(finding.body.value).join(' ')).toContain(`Case finding saved: ${danCases[0]}`);

    // 5. The report is drafted; the QA manager gives the action a later date and submits it; a senior
    //    manager verifies it; Jo gets the action, the channel the summary.
    await say(priya, chatOf(priya), 'draft the report for Chesterfield');
    expect(lastCardTextIn(chatOf(priya))).toContain('Draft report');
    expect(lastCardTextIn(chatOf(priya))).toContain('Record the child’s wishes and feelings at every visit');
    const draft = await database.stores.reports.forChallengeDay(dayId);
    const reportId = String(draft?._id);
    const changed = await press(priya, chatOf(priya), 'report-draft', 'report.editAction', {
      reportId,
      actionKey: draft?.draftActions[0]?.key,
      ...reportDraftActionSubmission(),
    });
    expect(textsOf(changed.body.value).join(' ')).toContain('Jo Bennett · due Fri 29 Jan 2027 · High priority');
    const submitted = await press(priya, chatOf(priya), 'report-draft', 'report.submit', { reportId });
    expect(textsOf(submitted.body.value).join(' ')).toContain('Report submitted for verification');
    await settle();
    expect(JSON.stringify(lastIn(chatOf(martin))?.activity)).toContain('report.approve');
    const approved = await press(martin, chatOf(martin), 'report-card', 'report.approve', { reportId });
    expect(textsOf(approved.body.value).join(' ')).toContain('Report verified');
    await settle();
    expect(lastCardTextIn(channel)).toContain('Challenge Day report verified: Chesterfield');
    const [action] = await database.stores.actions.forChallengeDay(dayId);
    expect(JSON.stringify(lastIn(chatOf(jo))?.activity)).toContain(
      'Record the child’s wishes and feelings at every visit',
    );

    // 6. Jo acknowledges and completes it; the district manager verifies; the day is closed.
    await press(jo, chatOf(jo), 'action-card', 'action.acknowledge', { actionId: action?._id });
    await press(jo, chatOf(jo), 'action-card', 'action.complete', {
      actionId: action?._id,
      ...completeActionSubmission(),
    });
    const verified = await press(helen, chatOf(helen), 'action-card-helen', 'action.verify', { actionId: action?._id });
    expect(JSON.stringify(verified.body.value)).toContain('Verified complete');
    expect((await database.stores.challengeDays.findById(dayId))?.status).toBe('closed');
    const trail = await database.stores.auditEvents.trailFor('challenge_day', dayId);
    expect(trail.map((event) => event.after)).toEqual([
      'planned',
      'announced',
      'in_progress',
      'report_drafted',
      'verified',
      'circulated',
      'closed',
    ]);
  });
});
