import { describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { aCaseFinding, aChallengeDay, aConversationLink, aDistrict } from '../../support/fixtures.js';
import {
  cardAction,
  cardIn,
  message,
  postActivity,
  textsOf,
  type TeamsConversation,
  registered,
} from '../../support/teams-activities.js';
import { useTeamsBot } from '../../support/teams-harness.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const priya = { aadObjectId: 'aad-priya', name: 'Priya Patel' };
const martin = { aadObjectId: 'aad-martin', name: 'Martin Cole' };
const jo = { aadObjectId: 'aad-jo', name: 'Jo Bennett' };
const chatOf = (user: { aadObjectId: string }): TeamsConversation => ({
  id: `a:personal-${user.aadObjectId}`,
  type: 'personal',
  tenantId: 'tenant-derbyshire',
});
const channel = '19:chesterfield-channel@thread.tacv2';
let dayId = '';

const teams = useTeamsBot(database, {
  now: new Date('2026-12-03T16:00:00Z'),
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'] }),
    registered(martin, { _id: 'person-martin', roles: ['senior_manager'] }),
    registered(jo, { _id: 'person-jo', roles: ['staff'] }),
  ],
  seed: async () => {
    await database.stores.districts.save(aDistrict());
    const day = await database.stores.challengeDays.create(
      aChallengeDay({ status: 'in_progress', date: calendarDateFromIso('2026-12-03'), auditTeamIds: ['person-dan'] }),
    );
    dayId = day._id;
    await database.stores.caseFindings.submit(
      aCaseFinding({
        challengeDayId: day._id,
        recommendations: [
          {
            text: 'Record wishes and feelings at every visit',
            suggestedOwnerId: 'person-jo',
            dueDate: calendarDateFromIso('2027-01-15'),
            priority: 'high',
          },
        ],
      }),
    );
  },
});

describe('the Challenge Day report in Teams', () => {
  it('drafted by the QA manager, verified by a senior manager, then circulated: summary to the channel, each action to its owner', async () => {
    for (const user of [martin, jo])
      await postActivity(teams.running.baseUrl, message(teams.serviceUrl, chatOf(user), user, 'hello'));
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

    await postActivity(
      teams.running.baseUrl,
      message(teams.serviceUrl, chatOf(priya), priya, 'draft the report for Chesterfield'),
    );
    const preview = cardIn(teams.connector.callsTo(chatOf(priya).id).at(-1)?.activity);
    expect(textsOf(preview).join(' ')).toContain('Record wishes and feelings at every visit');
    expect(JSON.stringify(preview)).not.toContain('report.approve'); // the drafter cannot verify their own report

    await teams.running.bot.outbox.idle();
    const toMartin = teams.connector
      .callsTo(chatOf(martin).id)
      .filter((call) => JSON.stringify(call.activity).includes('report.approve'));
    expect(toMartin).toHaveLength(1);
    const report = await database.stores.reports.forChallengeDay(dayId);
    expect((await database.stores.challengeDays.findById(dayId))?.status).toBe('report_drafted');

    expect(JSON.stringify(toMartin[0]?.activity)).toContain('Download the full report (HTML)');
    const approved = await postActivity(
      teams.running.baseUrl,
      cardAction(teams.serviceUrl, chatOf(martin), martin, 'verification-card', 'report.approve', {
        reportId: report?._id,
      }),
    );
    expect(textsOf(approved.body.value).join(' ')).toContain('Report verified');

    await teams.running.bot.outbox.idle();
    expect((await database.stores.challengeDays.findById(dayId))?.status).toBe('circulated');
    const actions = await database.stores.actions.forChallengeDay(dayId);
    expect(actions).toMatchObject([
      { what: 'Record wishes and feelings at every visit', ownerId: 'person-jo', status: 'open' },
    ]);
    expect(JSON.stringify(teams.connector.callsTo(chatOf(jo).id).at(-1)?.activity)).toContain(
      'Record wishes and feelings at every visit',
    );
    expect(textsOf(cardIn(teams.connector.callsTo(channel).at(-1)?.activity)).join(' ')).toContain(
      'Challenge Day report verified: Chesterfield',
    );
  });

  it('can be downloaded as one HTML page through its signed link, which cannot be altered and expires', async () => {
    await postActivity(
      teams.running.baseUrl,
      message(teams.serviceUrl, chatOf(priya), priya, 'draft the report for Chesterfield'),
    );
    const card = JSON.stringify(cardIn(teams.connector.callsTo(chatOf(priya).id).at(-1)?.activity));
    const link = new URL(/"url":"([^"]+\/reports\/[^"]+)"/.exec(card)?.[1] ?? 'http://invalid/');
    const local = `${teams.running.baseUrl}${link.pathname}${link.search}`;

    const page = await fetch(local);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('Challenge Day report — Chesterfield and Chesterfield MAT');
    expect(html).toContain('Record wishes and feelings at every visit');
    expect(html).not.toMatch(/<script/i);

    const otherReport = local.replace(/reports\/[^.]+\.html/, 'reports/report-someone-else.html');
    expect((await fetch(otherReport)).status).toBe(403);
    expect((await fetch(local.replace(/signature=[0-9a-f]{4}/, 'signature=0000'))).status).toBe(403);
    teams.running.clock.now = new Date(teams.running.clock.now.getTime() + 8 * 86_400_000);
    const expired = await fetch(local);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('This link has expired or is not valid');
  });

  it('the QA manager who drafted the report cannot verify it', async () => {
    const report = await database.stores.reports.forChallengeDay(dayId);
    const answer = await postActivity(
      teams.running.baseUrl,
      cardAction(teams.serviceUrl, chatOf(priya), priya, 'verification-card-2', 'report.approve', {
        reportId: report?._id,
      }),
    );
    expect(textsOf(answer.body.value).join(' ')).toContain('Only a senior manager can verify a report.');
  });
});
