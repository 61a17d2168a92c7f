import type { Person } from '../../../src/domain/people/person.js';
import type { Role } from '../../../src/domain/people/roles.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import type { Stores } from '../../../src/store/stores.js';
import {
  aCaseFinding,
  aCaseSample,
  aChallengeDay,
  aConversationLink,
  aDistrict,
  aPerson,
  aReport,
  anAction,
} from '../../support/fixtures.js';
import type { Team } from '../../../src/domain/districts/team.js';
import type { CaseHandback } from '../../../src/domain/case-handback/case-handback.js';

/** The clock of the attack suites: Thursday 3 December 2026, late morning, both districts' days under way. */
export const NOW = new Date('2026-12-03T11:00:00Z');

const CHESTERFIELD = 'chesterfield';
const EREWASH = 'erewash';

function person(id: string, displayName: string, roles: Role[], districtId: string, over: Partial<Person> = {}) {
  return aPerson({
    _id: `person-${id}`,
    displayName,
    roles,
    districtIds: [districtId],
    identities: { teamsAadObjectId: `aad-${id}`, slackUserId: `U-${id.toUpperCase()}` },
    ...over,
  });
}

/** Everyone the attack suites act as: every role, in Chesterfield or Erewash. */
export const people = {
  priya: person('priya', 'Priya Shah', ['qa_manager'], CHESTERFIELD),
  /** A QA manager who is also a senior manager: she submitted Chesterfield's report. */
  quinn: person('quinn', 'Quinn Taylor', ['qa_manager', 'senior_manager'], CHESTERFIELD),
  sue: person('sue', 'Sue Marsh', ['senior_manager'], CHESTERFIELD),
  bill: person('bill', 'Bill Okafor', ['senior_manager'], EREWASH),
  dee: person('dee', 'Dee Watts', ['district_manager'], CHESTERFIELD),
  dom: person('dom', 'Dom Reid', ['district_manager'], EREWASH),
  dan: person('dan', 'Dan Reeves', ['auditor'], CHESTERFIELD),
  ada: person('ada', 'Ada Lowe', ['auditor'], EREWASH),
  /** Owns Chesterfield's actions. */
  owen: person('owen', 'Owen Hart', ['staff'], CHESTERFIELD),
  stella: person('stella', 'Stella Brook', ['staff'], CHESTERFIELD),
  /** Manages the Chesterfield team that holds case CR-100001. */
  tia: person('tia', 'Tia Grant', ['staff'], CHESTERFIELD),
  /** Manages another Chesterfield team, which holds CR-100002. */
  ted: person('ted', 'Ted Lyons', ['staff'], CHESTERFIELD),
  sam: person('sam', 'Sam Kerr', ['staff'], EREWASH),
  /** A police officer on Chesterfield's audit team. */
  pat: person('pat', 'Pat Dunne', ['partner_agency'], CHESTERFIELD, { agency: 'Derbyshire Constabulary' }),
} satisfies Record<string, Person>;

/** How a person is named in a test: name, roles and district. */
export function who(someone: Person): string {
  return `${someone.displayName.split(' ')[0]} (${someone.roles.join(' + ').replaceAll('_', ' ')}, ${someone.districtIds.join(', ')})`;
}

const at = new Date('2026-11-20T10:00:00Z');
const dateChangeRequest = (byId: string) => ({
  requestedDate: calendarDateFromIso('2026-12-31'),
  reason: 'The team is short-staffed until the new year.',
  byId,
  at,
});
const completion = (byId: string) => ({ evidence: 'Audit of ten files shows it done.', byId, at });

/** The records the suites attack: ids are fixed so that tests can name (and swap) them. */
export const records = {
  dayChesterfield: aChallengeDay({
    _id: 'day-chesterfield',
    districtId: CHESTERFIELD,
    status: 'in_progress',
    auditTeamIds: [people.dan._id, people.pat._id, people.sue._id],
    expectedAttendeeIds: [people.owen._id, people.stella._id],
  }),
  dayErewash: aChallengeDay({
    _id: 'day-erewash',
    districtId: EREWASH,
    matLocality: 'Erewash MAT',
    sites: { district: 'Ilkeston Town Hall', mat: 'Long Eaton Centre' },
    status: 'in_progress',
    auditTeamIds: [people.ada._id, people.bill._id],
    expectedAttendeeIds: [people.sam._id],
  }),
  nextDayChesterfield: aChallengeDay({
    _id: 'day-chesterfield-next',
    districtId: CHESTERFIELD,
    date: calendarDateFromIso('2026-12-17'),
    startsAt: new Date('2026-12-17T09:30:00Z'),
    status: 'planned',
    auditTeamIds: [people.dan._id],
  }),
  nextDayErewash: aChallengeDay({
    _id: 'day-erewash-next',
    districtId: EREWASH,
    matLocality: 'Erewash MAT',
    date: calendarDateFromIso('2026-12-17'),
    startsAt: new Date('2026-12-17T09:30:00Z'),
    status: 'planned',
    auditTeamIds: [people.ada._id],
  }),
  /** Last month's day: its report waits for a senior manager. */
  novemberDayChesterfield: aChallengeDay({
    _id: 'day-chesterfield-november',
    districtId: CHESTERFIELD,
    date: calendarDateFromIso('2026-11-05'),
    startsAt: new Date('2026-11-05T09:30:00Z'),
    status: 'report_drafted',
    auditTeamIds: [people.dan._id],
  }),
  openChesterfield: anAction({
    _id: 'action-chesterfield-open',
    challengeDayId: 'day-chesterfield',
    what: 'Chesterfield: audit supervision records every month',
    ownerId: people.owen._id,
  }),
  stellasOpenChesterfield: anAction({
    _id: 'action-chesterfield-stellas',
    challengeDayId: 'day-chesterfield',
    what: 'Chesterfield: refresh the team’s safeguarding training',
    ownerId: people.stella._id,
  }),
  acknowledgedChesterfield: anAction({
    _id: 'action-chesterfield-acknowledged',
    challengeDayId: 'day-chesterfield',
    ownerId: people.owen._id,
    status: 'acknowledged',
    acknowledgedAt: at,
  }),
  completedChesterfield: anAction({
    _id: 'action-chesterfield-completed',
    challengeDayId: 'day-chesterfield',
    ownerId: people.owen._id,
    status: 'completed',
    acknowledgedAt: at,
    completion: completion(people.owen._id),
  }),
  /** Owen asked for a later date on his own action. */
  ownerAskedChesterfield: anAction({
    _id: 'action-chesterfield-owner-asked',
    challengeDayId: 'day-chesterfield',
    ownerId: people.owen._id,
    dateChangeRequest: dateChangeRequest(people.owen._id),
  }),
  /** Dee, a manager, asked for a later date on Owen's action: another manager must decide. */
  managerAskedChesterfield: anAction({
    _id: 'action-chesterfield-manager-asked',
    challengeDayId: 'day-chesterfield',
    ownerId: people.owen._id,
    dateChangeRequest: dateChangeRequest(people.dee._id),
  }),
  /** Dee's own action, marked complete by her: another manager must verify it. */
  deesCompletedChesterfield: anAction({
    _id: 'action-chesterfield-dees-completed',
    challengeDayId: 'day-chesterfield',
    ownerId: people.dee._id,
    status: 'completed',
    acknowledgedAt: at,
    completion: completion(people.dee._id),
  }),
  openErewash: anAction({
    _id: 'action-erewash-open',
    challengeDayId: 'day-erewash',
    districtId: EREWASH,
    what: 'Erewash: review every child in need plan within six weeks',
    ownerId: people.sam._id,
  }),
  completedErewash: anAction({
    _id: 'action-erewash-completed',
    challengeDayId: 'day-erewash',
    districtId: EREWASH,
    ownerId: people.sam._id,
    status: 'completed',
    acknowledgedAt: at,
    completion: completion(people.sam._id),
  }),
  askedErewash: anAction({
    _id: 'action-erewash-asked',
    challengeDayId: 'day-erewash',
    districtId: EREWASH,
    ownerId: people.sam._id,
    dateChangeRequest: dateChangeRequest(people.sam._id),
  }),
  findingChesterfield: aCaseFinding({
    _id: 'finding-chesterfield-dan',
    challengeDayId: 'day-chesterfield',
    districtId: CHESTERFIELD,
    auditorId: people.dan._id,
    caseReference: 'CR-100001',
    strengths: 'Dan’s notes: consistent worker who knows the family well.',
  }),
  findingByPat: aCaseFinding({
    _id: 'finding-chesterfield-pat',
    challengeDayId: 'day-chesterfield',
    districtId: CHESTERFIELD,
    auditorId: people.pat._id,
    caseReference: 'CR-100002',
    strengths: 'Pat’s notes: police checks done on time.',
  }),
  /** A finding that raised an immediate safeguarding concern, alerted to the QA managers and Dee. */
  findingWithConcern: aCaseFinding({
    _id: 'finding-chesterfield-concern',
    challengeDayId: 'day-chesterfield',
    districtId: CHESTERFIELD,
    auditorId: people.dan._id,
    caseReference: 'CR-100003',
    safeguardingConcern: {
      raised: true,
      reason: 'No visit for eight weeks while on a child protection plan.',
      alertedIds: [people.priya._id, people.quinn._id, people.dee._id],
    },
  }),
  findingErewash: aCaseFinding({
    _id: 'finding-erewash-ada',
    challengeDayId: 'day-erewash',
    districtId: EREWASH,
    auditorId: people.ada._id,
    caseReference: 'CR-200001',
    strengths: 'Ada’s notes: plan reviewed with the family.',
  }),
  draftReportChesterfield: aReport({
    _id: 'report-chesterfield-draft',
    challengeDayId: 'day-chesterfield',
    districtId: CHESTERFIELD,
    draftedById: people.priya._id,
    draftActions: [
      {
        key: 'finding-chesterfield-dan:1',
        what: 'Record the child’s wishes at every visit',
        ownerId: people.owen._id,
        dueDate: calendarDateFromIso('2027-01-15'),
        priority: 'high',
        source: { kind: 'case_finding', id: 'finding-chesterfield-dan', summary: 'CR-100001: voice of the child' },
      },
    ],
  }),
  submittedReportChesterfield: aReport({
    _id: 'report-chesterfield-submitted',
    challengeDayId: 'day-chesterfield-november',
    districtId: CHESTERFIELD,
    status: 'submitted',
    draftedById: people.quinn._id,
  }),
  submittedReportErewash: aReport({
    _id: 'report-erewash-submitted',
    challengeDayId: 'day-erewash',
    districtId: EREWASH,
    status: 'submitted',
    draftedById: people.priya._id,
  }),
  teamsChannelChesterfield: aConversationLink({
    platform: 'teams',
    conversationId: '19:chesterfield-notices@thread.tacv2',
    districtId: CHESTERFIELD,
  }),
  slackChannelChesterfield: aConversationLink({
    platform: 'slack',
    conversationId: 'C-CHESTERFIELD',
    districtId: CHESTERFIELD,
    address: { channel: 'C-CHESTERFIELD', team: 'T-DERBYSHIRE' },
  }),
  /** One of Chesterfield's case-holding teams, managed by Dee. */
  teamChesterfield: {
    _id: 'team-chesterfield-cp1',
    name: 'Chesterfield Child Protection Team 1',
    districtId: CHESTERFIELD,
    managerId: 'person-dee',
  } satisfies Team,
  /** The team the day's sample says holds CR-100001: its manager needs to know that case. */
  teamHoldingCase: {
    _id: 'team-chesterfield-cp2',
    name: 'Chesterfield Child Protection Team 2',
    districtId: CHESTERFIELD,
    managerId: 'person-tia',
  } satisfies Team,
  teamAssessment: {
    _id: 'team-chesterfield-assessment',
    name: 'Chesterfield Assessment Team',
    districtId: CHESTERFIELD,
    managerId: 'person-ted',
  } satisfies Team,
  /** CR-100001's findings, sent to Tia, who manages the team holding it, when a report was verified. */
  handbackToTia: {
    _id: 'handback-chesterfield-cr-100001',
    reportId: 'report-chesterfield-draft',
    challengeDayId: 'day-chesterfield',
    districtId: CHESTERFIELD,
    caseReference: 'CR-100001',
    findingIds: ['finding-chesterfield-dan'],
    actionIds: [],
    teamName: 'chesterfield child protection team 2',
    recipientIds: ['person-tia'],
    sentAt: NOW,
  } satisfies CaseHandback,
  /** The cases drawn for today's Chesterfield day, each with the team that holds it (named in any case). */
  sampleChesterfield: aCaseSample({
    _id: 'sample-chesterfield',
    challengeDayId: 'day-chesterfield',
    districtId: CHESTERFIELD,
    cases: [
      { caseReference: 'CR-100001', teamName: 'chesterfield child protection team 2', auditorId: 'person-dan' },
      { caseReference: 'CR-100002', teamName: 'Chesterfield Assessment Team', auditorId: 'person-pat' },
    ],
  }),
};

/** Saves the county: both districts, everyone, and every record above. */
export async function seedCounty(stores: Stores): Promise<void> {
  await stores.districts.save(aDistrict());
  await stores.districts.save(aDistrict({ _id: EREWASH, name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] }));
  for (const someone of Object.values(people)) await stores.people.save(someone);
  const r = records;
  for (const day of [
    r.dayChesterfield,
    r.dayErewash,
    r.nextDayChesterfield,
    r.nextDayErewash,
    r.novemberDayChesterfield,
  ])
    await stores.challengeDays.create(day);
  for (const action of [
    r.openChesterfield,
    r.stellasOpenChesterfield,
    r.acknowledgedChesterfield,
    r.completedChesterfield,
    r.ownerAskedChesterfield,
    r.managerAskedChesterfield,
    r.deesCompletedChesterfield,
    r.openErewash,
    r.completedErewash,
    r.askedErewash,
  ])
    await stores.actions.create(action);
  for (const finding of [r.findingChesterfield, r.findingByPat, r.findingWithConcern, r.findingErewash])
    await stores.caseFindings.collection.insert(finding);
  for (const report of [r.draftReportChesterfield, r.submittedReportChesterfield, r.submittedReportErewash])
    await stores.reports.create(report);
  for (const link of [r.teamsChannelChesterfield, r.slackChannelChesterfield])
    await stores.conversationLinks.remember(link);
  for (const team of [r.teamChesterfield, r.teamHoldingCase, r.teamAssessment]) await stores.teams.save(team);
  await stores.caseSamples.insert(r.sampleChesterfield);
  await stores.caseHandbacks.saveOnce(r.handbackToTia);
}
