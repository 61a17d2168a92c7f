import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/domain/people/person.js';
import { caseFindingGrades, planSubmission } from '../support/form-submissions.js';
import { useTestDatabase } from '../support/test-database.js';
import { cardAction, message, postActivity, textsOf } from '../support/teams-activities.js';
import { NOW, people, records, seedCounty, who } from './support/county.js';
import { TENANT_ID, useSecuredBot } from './support/secured-bot.js';
import { slackChannel, teamsChannel, type Channel } from './support/speak-to-bot.js';
import { everythingStored } from './support/stored-records.js';

/*
 * A card's data travels through the person's client and comes back with the button press, so anything in
 * it can be changed: ids guessed or swapped for another record, another district's day or report, someone
 * else's id slipped in as if they were acting. Each is refused and nothing changes; who acts is only ever
 * the person the platform authenticated.
 */

const database = useTestDatabase();
const bot = useSecuredBot(database, { now: NOW, seed: () => seedCounty(database.stores) });
const channels = [teamsChannel(bot), slackChannel(bot)];
const { priya, sue, bill, dan, owen, stella, sam } = people;
const r = records;

const ACTION_NOT_FOUND =
  'That action was not found. It may have been removed, or it belongs to a district you do not work in.';
const CARD_OUT_OF_DATE = 'This card cannot be used any more.';
const FIELD_NOT_ACCEPTED = 'This form sent a field the bot does not accept.';

const finding = caseFindingGrades('good', { caseReference: 'CR-100077', safeguardingConcern: 'false' });

interface Tampering {
  readonly what: string;
  readonly by: Person;
  readonly verb: string;
  readonly data: Record<string, unknown>;
  readonly says: string;
  /** Text that must not be shown: what the record holds, which the person may not see. */
  readonly hides?: readonly string[];
}

const newStarter = { displayName: 'Nina Cole', email: 'nina.cole@derbyshire.gov.uk', roles: 'staff' };

const tamperings: Tampering[] = [
  // People
  {
    what: 'changes someone of another district by swapping their id in',
    by: people.dee,
    verb: 'person.change',
    data: { personId: sam._id, ...newStarter, districtIds: 'chesterfield' },
    says: 'A district manager can change only the staff of their own districts; for anyone else, a QA manager can.',
  },
  {
    what: 'changes a made-up person',
    by: priya,
    verb: 'person.change',
    data: { personId: 'person-made-up', ...newStarter, districtIds: 'chesterfield' },
    says: 'That person was not found.',
  },
  {
    what: 'adds someone to a district that does not exist',
    by: priya,
    verb: 'person.add',
    data: { ...newStarter, districtIds: 'narnia' },
    says: 'One of those districts was not found: choose the districts from the list.',
  },
  {
    what: 'adds someone with a made-up line manager',
    by: priya,
    verb: 'person.add',
    data: { ...newStarter, districtIds: 'chesterfield', managerId: 'person-made-up' },
    says: 'That line manager was not found among the people registered now: choose from the list.',
  },
  {
    what: 'hands on the actions of someone of another district by swapping their id in',
    by: people.dee,
    verb: 'person.handOn',
    data: { personId: sam._id, newOwnerId: stella._id },
    says: 'A district manager can change only the staff of their own districts; for anyone else, a QA manager can.',
  },
  {
    what: 'pages through the people of a made-up district',
    by: priya,
    verb: 'people.page',
    data: { districtId: 'narnia', page: '1' },
    says: 'That district was not found.',
  },
  // Another record's id
  {
    what: 'acknowledges an action of another district by swapping its id in',
    by: owen,
    verb: 'action.acknowledge',
    data: { actionId: r.openErewash._id },
    says: ACTION_NOT_FOUND,
  },
  {
    what: 'adds progress to a colleague’s action by swapping its id in',
    by: owen,
    verb: 'action.addProgress',
    data: { actionId: r.stellasOpenChesterfield._id, note: 'Done.' },
    says: 'Only the owner of this action or a manager for its district can do that.',
  },
  {
    what: 'verifies an action of another district by swapping its id in',
    by: sue,
    verb: 'action.verify',
    data: { actionId: r.completedErewash._id },
    says: ACTION_NOT_FOUND,
  },
  {
    what: 'approves a new date in another district by swapping the action’s id in',
    by: sue,
    verb: 'action.approveDateChange',
    data: { actionId: r.askedErewash._id },
    says: ACTION_NOT_FOUND,
  },
  {
    what: 'acknowledges an action whose id was guessed',
    by: owen,
    verb: 'action.acknowledge',
    data: { actionId: 'action-0001' },
    says: ACTION_NOT_FOUND,
  },
  // Another district's Challenge Day
  {
    what: 'submits a finding for another district’s Challenge Day',
    by: dan,
    verb: 'finding.submit',
    data: { ...finding, challengeDayId: r.dayErewash._id },
    says: 'That Challenge Day was not found.',
  },
  {
    what: 'records focus-group feedback for another district’s Challenge Day',
    by: sue,
    verb: 'focusGroup.submit',
    data: { challengeDayId: r.dayErewash._id, group: 'staff', attendeeCount: '6' },
    says: 'You are not on this Challenge Day’s audit team and do not work in its district, so you cannot record anything on it.',
  },
  {
    what: 'records an observed visit for another district’s Challenge Day',
    by: sue,
    verb: 'visit.submit',
    data: { challengeDayId: r.dayErewash._id, workerReference: 'SW-0412', observed: 'A calm visit.' },
    says: 'You are not on this Challenge Day’s audit team and do not work in its district, so you cannot record anything on it.',
  },
  {
    what: 'answers another district’s 48-hour notice',
    by: owen,
    verb: 'notice.reply',
    data: { challengeDayId: r.dayErewash._id, kind: 'unavailable' },
    says: 'That Challenge Day was not found, or it is not in a district you work in.',
  },
  {
    what: 'records who came to another district’s Challenge Day, whose register they do not keep',
    by: sue,
    verb: 'register.submit',
    data: { challengeDayId: r.dayErewash._id, attended: r.dayErewash.expectedAttendeeIds.join(',') },
    says: 'Only a QA manager, whoever planned the day, or a senior manager on its audit team can record who came.',
  },
  {
    what: 'records who came to a Challenge Day whose id was guessed',
    by: sue,
    verb: 'register.submit',
    data: { challengeDayId: 'day-0001', attended: owen._id },
    says: 'That Challenge Day was not found.',
  },
  {
    what: 'ticks on the register someone the day does not list',
    by: sue,
    verb: 'register.submit',
    data: { challengeDayId: r.dayChesterfield._id, attended: r.dayErewash.expectedAttendeeIds.join(',') },
    says: 'Tick only the people listed here.',
  },
  {
    what: 'submits a finding for a Challenge Day whose id was guessed',
    by: dan,
    verb: 'finding.submit',
    data: { ...finding, challengeDayId: 'day-0001' },
    says: 'That Challenge Day was not found.',
  },
  // Another district's report
  {
    what: 'verifies another district’s report',
    by: bill,
    verb: 'report.approve',
    data: { reportId: r.submittedReportChesterfield._id },
    says: 'That report was not found.',
  },
  {
    what: 'returns another district’s report',
    by: sue,
    verb: 'report.return',
    data: { reportId: r.submittedReportErewash._id, comments: 'Add the themes.' },
    says: 'That report was not found.',
  },
  // Reading another district's records through a form
  {
    what: 'opens the form of an action of another district',
    by: sam,
    verb: 'form.open',
    data: { form: 'action.complete', actionId: r.openChesterfield._id },
    says: 'That action was not found.',
    hides: [r.openChesterfield.what, owen.displayName],
  },
  {
    what: 'sees an action of another district again by getting its form wrong',
    by: sam,
    verb: 'action.complete',
    data: { actionId: r.openChesterfield._id, evidence: '' },
    says: 'That action was not found.',
    hides: [r.openChesterfield.what, owen.displayName],
  },
  {
    what: 'opens the case-finding form of another district’s day',
    by: dan,
    verb: 'form.open',
    data: { form: 'finding.submit', challengeDayId: r.dayErewash._id },
    says: 'That Challenge Day was not found',
    hides: [sam.displayName, people.ada.displayName, 'Ilkeston Town Hall'],
  },
  {
    what: 'sees another district’s day again by getting a finding wrong',
    by: dan,
    verb: 'finding.submit',
    data: { challengeDayId: r.dayErewash._id, caseReference: '' },
    says: 'That Challenge Day was not found',
    hides: [sam.displayName, people.ada.displayName, 'Ilkeston Town Hall'],
  },
  {
    what: 'opens the notice reply form of another district’s day',
    by: owen,
    verb: 'form.open',
    data: { form: 'notice.reply', challengeDayId: r.dayErewash._id },
    says: 'That Challenge Day was not found',
    hides: ['Ilkeston Town Hall'],
  },
  // Ids that are not ids
  {
    what: 'sends an operator where an action id belongs',
    by: owen,
    verb: 'action.acknowledge',
    data: { actionId: { $ne: null } },
    says: CARD_OUT_OF_DATE,
  },
  {
    what: 'sends a list of ids where one belongs',
    by: dan,
    verb: 'finding.submit',
    data: { ...finding, challengeDayId: [r.dayChesterfield._id, r.dayErewash._id] },
    says: CARD_OUT_OF_DATE,
  },
  {
    what: 'sends a path where a report id belongs',
    by: sue,
    verb: 'report.approve',
    data: { reportId: '../reports/report-erewash-submitted' },
    says: CARD_OUT_OF_DATE,
  },
  // Someone else's id slipped in as the actor
  {
    what: 'acknowledges the owner’s action with the owner named as the actor in the data',
    by: stella,
    verb: 'action.acknowledge',
    data: { actionId: r.openChesterfield._id, actorId: owen._id, personId: owen._id, ownerId: owen._id },
    says: FIELD_NOT_ACCEPTED,
  },
  {
    what: 'submits a finding with another auditor named in the data',
    by: dan,
    verb: 'finding.submit',
    data: { ...finding, challengeDayId: r.dayChesterfield._id, auditorId: people.ada._id },
    says: FIELD_NOT_ACCEPTED,
  },
  {
    what: 'verifies the report with the senior manager’s platform ids in the data',
    by: priya,
    verb: 'report.approve',
    data: {
      reportId: r.submittedReportChesterfield._id,
      aadObjectId: sue.identities.teamsAadObjectId,
      user: sue.identities.slackUserId,
    },
    says: FIELD_NOT_ACCEPTED,
  },
  {
    what: 'gives an action of the draft report to someone in another district, by their id',
    by: priya,
    verb: 'report.editAction',
    data: {
      reportId: r.draftReportChesterfield._id,
      actionKey: 'finding-chesterfield-dan:1',
      what: 'Record wishes and feelings at every visit',
      ownerId: sam._id,
      dueDate: '2027-01-20',
      priority: 'high',
    },
    says: 'Choose someone who works in this district.',
  },
  // People pickers search as a name is typed, so any id can come back: each is checked against the records
  {
    what: 'plans a day with an audit team member whose id was guessed',
    by: priya,
    verb: 'plan.submit',
    data: planSubmission({ expectedAttendeeIds: owen._id, auditTeamIds: 'person-0001' }),
    says: 'Choose the audit team from people who can sit on one (auditors, senior managers, partner agencies): someone the bot does not know.',
  },
  {
    what: 'gives a recommendation of a finding to someone in another district, by their id',
    by: dan,
    verb: 'finding.submit',
    data: {
      ...finding,
      challengeDayId: r.dayChesterfield._id,
      recommendation1Text: 'Record wishes and feelings at every visit',
      recommendation1DueDate: '2027-01-20',
      recommendation1Owner: sam._id,
    },
    says: 'Choose owners of the recommendations from the people who work in this district: Sam Kerr does not work in this district.',
  },
  {
    what: 'names a recommendation owner on another district’s Challenge Day, to learn who works there',
    by: dan,
    verb: 'finding.submit',
    data: {
      ...finding,
      challengeDayId: r.dayErewash._id,
      recommendation1Text: 'Record wishes and feelings at every visit',
      recommendation1DueDate: '2027-01-20',
      recommendation1Owner: sam._id,
    },
    says: 'That Challenge Day was not found.',
    hides: [sam.displayName],
  },
];

describe.each(channels)('$name', (channel: Channel) => {
  for (const tampering of tamperings) {
    it(`${who(tampering.by)} ${tampering.what}: refused, nothing changes`, async () => {
      const before = await everythingStored(database.stores);

      const answer = await channel.press(tampering.by, tampering.verb, tampering.data);

      expect(answer.status).toBe(200);
      expect(answer.shown).toContain(tampering.says);
      for (const hidden of tampering.hides ?? []) expect(answer.shown).not.toContain(hidden);
      expect(await everythingStored(database.stores)).toEqual(before);
    });
  }
});

describe('who acts is the person the platform authenticated, never the card data', () => {
  it('Teams: a colleague’s card action, sent from another person’s account, is theirs — and refused', async () => {
    const stellasChat = { id: `a:personal-${stella._id}`, type: 'personal' as const, tenantId: TENANT_ID };
    const activity = cardAction(
      bot.connector.serviceUrl,
      stellasChat,
      { aadObjectId: stella.identities.teamsAadObjectId ?? '', name: owen.displayName },
      'card-1',
      'action.acknowledge',
      { actionId: r.openChesterfield._id },
    );
    // Everything in the activity except the authenticated sender says Owen.
    const forged = { ...activity, from: { ...activity.from, name: owen.displayName, id: `29:${owen._id}` } };
    const before = await everythingStored(database.stores);

    const response = await postActivity(bot.running.baseUrl, forged, bot.bearer());

    expect(textsOf(response.body.value).join(' ')).toContain(
      'Only the owner of this action or a manager for its district can do that.',
    );
    expect(await everythingStored(database.stores)).toEqual(before);
  });

  it('Teams: the older clients’ Action.Submit, with the owner’s ids in its data, is refused', async () => {
    const stellasChat = { id: `a:personal-${stella._id}`, type: 'personal' as const, tenantId: TENANT_ID };
    const stellaUser = { aadObjectId: stella.identities.teamsAadObjectId ?? '', name: stella.displayName };
    const submit = {
      ...message(bot.connector.serviceUrl, stellasChat, stellaUser, ''),
      text: undefined,
      deliveryMode: 'expectReplies',
      value: {
        verb: 'action.acknowledge',
        actionId: r.openChesterfield._id,
        aadObjectId: owen.identities.teamsAadObjectId,
      },
    };
    const before = await everythingStored(database.stores);

    const response = await postActivity(bot.running.baseUrl, submit, bot.bearer());

    expect(JSON.stringify(response.body)).toContain(FIELD_NOT_ACCEPTED);
    expect(await everythingStored(database.stores)).toEqual(before);
  });

  it('what an auditor submits is stored as theirs, whatever the card was made for', async () => {
    const slack = channels[1] as Channel;
    const answer = await slack.press(dan, 'finding.submit', {
      ...finding,
      caseReference: 'CR-100088',
      challengeDayId: r.dayChesterfield._id,
    });

    expect(answer.shown).toContain('Case finding saved: CR-100088');
    const [stored] = (await database.stores.caseFindings.forChallengeDay(r.dayChesterfield._id)).filter(
      (found) => found.caseReference === 'CR-100088',
    );
    expect(stored?.auditorId).toBe(dan._id);
  });
});
