import { describe, expect, it } from 'vitest';
import type { Team } from '../../src/domain/districts/team.js';
import { noticeDeliveries } from '../../src/domain/notice/announce-challenge-day.js';
import { driver } from '../../src/store/driver-collection.js';
import type { Person } from '../../src/domain/people/person.js';
import { aCaseSample, aChallengeDay } from '../support/fixtures.js';
import {
  caseFindingSubmission,
  focusGroupSubmission,
  observedVisitSubmission,
  planSubmission,
} from '../support/form-submissions.js';
import { cardAction, postActivity } from '../support/teams-activities.js';
import { useTestDatabase } from '../support/test-database.js';
import { NOW, people, seedCounty } from '../security/support/county.js';
import { TENANT_ID, useSecuredBot } from '../security/support/secured-bot.js';
import { slackChannel, teamsChannel } from '../security/support/speak-to-bot.js';

/*
 * A Challenge Day audited by two teams at once: the district audit team on the district's site and the MAT
 * audit team on the MAT locality's. Both teams have the same rights on the day; findings and visit notes
 * record which site they are for.
 */

const database = useTestDatabase();
const { priya, dan, ada, bill, sue, sam } = people;

/** Today's Chesterfield day with two teams: Dan on the district's; Ada and Bill, from Erewash, on the MAT's. */
const twoSites = aChallengeDay({
  _id: 'day-two-sites',
  districtId: 'chesterfield',
  status: 'in_progress',
  auditTeamIds: [dan._id],
  matAuditTeamIds: [ada._id, bill._id],
  expectedAttendeeIds: [people.owen._id],
});
/** A Chesterfield team working from the MAT locality. */
const staveleyTeam: Team = {
  _id: 'team-staveley',
  name: 'Staveley Family Support',
  districtId: 'chesterfield',
  managerId: people.dee._id,
  site: 'mat',
};
const sample = aCaseSample({
  _id: 'sample-two-sites',
  challengeDayId: twoSites._id,
  districtId: 'chesterfield',
  cases: [{ caseReference: 'CR-300001', teamName: 'Staveley Family Support', auditorId: dan._id }],
});

const bot = useSecuredBot(database, {
  now: NOW,
  seed: async () => {
    await seedCounty(database.stores);
    await database.stores.challengeDays.create(twoSites);
    await database.stores.teams.save(staveleyTeam);
    await database.stores.caseSamples.collection.insert(sample);
  },
});
const teams = teamsChannel(bot);
const slack = slackChannel(bot);

/** The form a Teams form.open button brings back, as its card's JSON. */
async function teamsFormCard(person: Person, data: Record<string, unknown>): Promise<string> {
  const user = { aadObjectId: person.identities.teamsAadObjectId ?? '', name: person.displayName };
  const chat = { id: `a:personal-${person._id}`, type: 'personal' as const, tenantId: TENANT_ID };
  const activity = cardAction(bot.connector.serviceUrl, chat, user, 'card-form', 'form.open', data);
  const response = await postActivity(bot.running.baseUrl, activity, bot.bearer());
  return JSON.stringify(response.body.value);
}

/** Planned with the county's people: Owen is expected to attend. */
const plan = (over: Record<string, string>) => planSubmission({ expectedAttendeeIds: people.owen._id, ...over });

const findingsOf = (auditorId: string) =>
  database.stores.caseFindings.collection[driver].find({ challengeDayId: twoSites._id, auditorId }).toArray();

describe('planning a day with a district and a MAT audit team', () => {
  it('the plan form keeps both teams, and the notice goes to the MAT auditors too', async () => {
    const answer = await slack.press(
      priya,
      'plan.submit',
      plan({ date: '2026-12-21', auditTeamIds: dan._id, matAuditTeamIds: `${ada._id},${bill._id}` }),
    );

    expect(answer.shown).toContain('Challenge Day planned: Chesterfield and Chesterfield MAT');
    expect(answer.shown).toContain('MAT audit team');
    expect(answer.shown).toContain('Ada Lowe, Bill Okafor');
    const [day] = await database.stores.challengeDays.collection[driver]
      .find({ districtId: 'chesterfield', startsAt: new Date('2026-12-21T09:30:00Z') })
      .toArray();
    expect(day).toMatchObject({ auditTeamIds: [dan._id], matAuditTeamIds: [ada._id, bill._id] });
    const told = noticeDeliveries(database.stores.challengeDays.collection.validate(day)).flatMap(({ destination }) =>
      destination.kind === 'person' ? [destination.personId] : [],
    );
    expect(told).toEqual(expect.arrayContaining([dan._id, ada._id, bill._id]));
  });

  it('someone on both teams is refused by name beside the MAT picker in Teams, and nothing is planned', async () => {
    const before = await database.stores.challengeDays.collection[driver].countDocuments();

    const answer = await teams.press(
      priya,
      'plan.submit',
      plan({ date: '2026-12-22', auditTeamIds: `${dan._id},${sue._id}`, matAuditTeamIds: dan._id }),
    );

    expect(answer.shown).toContain(
      'Dan Reeves is on both the district and the MAT audit team. The two teams audit on their own sites at the same time: put each auditor on one of them.',
    );
    expect(await database.stores.challengeDays.collection[driver].countDocuments()).toBe(before);
  });

  it('in Slack the plan modal stays open with the same reason under the MAT audit team, and nothing is planned', async () => {
    const before = await database.stores.challengeDays.collection[driver].countDocuments();

    const answer = await slack.press(
      priya,
      'plan.submit',
      plan({
        date: '2026-12-22',
        auditTeamIds: `${dan._id},${ada._id}`,
        matAuditTeamIds: `${ada._id},${dan._id}`,
      }),
    );

    expect(answer.shown).toBe(
      'Dan Reeves, Ada Lowe are on both the district and the MAT audit team. The two teams audit on their own sites at the same time: put each auditor on one of them.',
    );
    expect(await database.stores.challengeDays.collection[driver].countDocuments()).toBe(before);
  });

  it('a planned day opened to change it shows its MAT audit team, and a change can remove it', async () => {
    const planned = aChallengeDay({
      _id: 'day-two-sites-planned',
      startsAt: new Date('2026-12-23T09:30:00Z'),
      auditTeamIds: [dan._id],
      matAuditTeamIds: [ada._id],
    });
    await database.stores.challengeDays.create(planned);

    const form = await teamsFormCard(priya, { form: 'plan.update', challengeDayId: planned._id });
    expect(form).toContain('"id":"matAuditTeamIds"');
    expect(form).toContain(`"value":"${ada._id}"`);
    expect(form).toContain('{"title":"Ada Lowe","value":"person-ada"}');

    const changed = await slack.press(
      priya,
      'plan.update',
      plan({ challengeDayId: planned._id, date: '2026-12-23', auditTeamIds: dan._id, matAuditTeamIds: '' }),
    );
    expect(changed.shown).toContain('Challenge Day changed');
    const stored = await database.stores.challengeDays.findById(planned._id);
    expect(stored?.matAuditTeamIds).toBeUndefined();
    expect(stored?.auditTeamIds).toEqual([dan._id]);
  });
});

describe('on the day, the MAT audit team has the district audit team’s rights', () => {
  it('a MAT auditor from another district submits a case finding, recorded for the MAT site', async () => {
    const answer = await slack.press(ada, 'finding.submit', {
      challengeDayId: twoSites._id,
      ...caseFindingSubmission({ caseReference: 'CR-300009' }),
    });

    expect(answer.shown).toContain('Case finding saved: CR-300009');
    const [finding] = await findingsOf(ada._id);
    expect(finding).toMatchObject({ caseReference: 'CR-300009', site: 'mat', districtId: 'chesterfield' });
  });

  it('a district auditor’s finding is for the district site, unless the case’s team works from the MAT locality', async () => {
    for (const caseReference of ['CR-300001', 'CR-300002']) {
      const answer = await slack.press(dan, 'finding.submit', {
        challengeDayId: twoSites._id,
        ...caseFindingSubmission({ caseReference }),
      });
      expect(answer.shown).toContain(`Case finding saved: ${caseReference}`);
    }

    const sites = Object.fromEntries((await findingsOf(dan._id)).map((found) => [found.caseReference, found.site]));
    // CR-300001 is held by Staveley Family Support, a MAT team; CR-300002 is in no sample: Dan's own team decides.
    expect(sites).toEqual({ 'CR-300001': 'mat', 'CR-300002': 'district' });
  });

  it('a senior manager on the MAT audit team records a visit, its site the MAT’s unless chosen otherwise', async () => {
    const form = await teamsFormCard(bill, { form: 'visit.submit', challengeDayId: twoSites._id });
    // The site starts as the MAT's: the team he audits with that day.
    expect(form).toContain(
      '"id":"site","label":"Observed from","style":"expanded","isRequired":true,"errorMessage":"Choose the district or the MAT locality.","value":"mat"',
    );

    // Without a site (a card sent before the form asked), the team he is on that day decides.
    const answer = await slack.press(bill, 'visit.submit', {
      challengeDayId: twoSites._id,
      ...observedVisitSubmission({ workerReference: 'SW-7001' }),
    });
    expect(answer.shown).toContain('Observed visit saved');
    const chosen = await slack.press(bill, 'visit.submit', {
      challengeDayId: twoSites._id,
      ...observedVisitSubmission({ workerReference: 'SW-7002', site: 'district' }),
    });
    expect(chosen.shown).toContain('Observed visit saved');

    const visits = await database.stores.observedVisits.collection[driver]
      .find({ challengeDayId: twoSites._id, seniorManagerId: bill._id })
      .toArray();
    expect(Object.fromEntries(visits.map((visit) => [visit.workerReference, visit.site]))).toEqual({
      'SW-7001': 'mat',
      'SW-7002': 'district',
    });
  });

  it('a senior manager on the MAT audit team records focus-group feedback', async () => {
    const answer = await slack.press(bill, 'focusGroup.submit', {
      challengeDayId: twoSites._id,
      ...focusGroupSubmission(),
    });
    expect(answer.shown).toContain('Focus-group feedback saved');
  });

  it('the MAT’s senior manager may not record on a Chesterfield day whose teams he is not on, and nothing is stored', async () => {
    const before = await database.stores.observedVisits.collection[driver].countDocuments();

    const answer = await teams.press(bill, 'visit.submit', {
      challengeDayId: 'day-chesterfield',
      ...observedVisitSubmission({ workerReference: 'SW-7003' }),
    });

    expect(answer.shown).toContain(
      'You are not on this Challenge Day’s audit team and do not work in its district, so you cannot record anything on it.',
    );
    expect(await database.stores.observedVisits.collection[driver].countDocuments()).toBe(before);
  });

  it('someone on neither team is refused a finding, told why if they work in the district, and nothing is stored', async () => {
    const submit = (someone: typeof sue) =>
      teams.press(someone, 'finding.submit', {
        challengeDayId: twoSites._id,
        ...caseFindingSubmission({ caseReference: 'CR-300005' }),
      });

    expect((await submit(sue)).shown).toContain('You are not on this Challenge Day’s audit team');
    expect((await submit(sam)).shown).toContain('That Challenge Day was not found.');
    expect(await findingsOf(sue._id)).toHaveLength(0);
    expect(await findingsOf(sam._id)).toHaveLength(0);
  });
});
