import { randomUUID } from 'node:crypto';
import type { Action } from '../../src/domain/action/action.js';
import { actionAssignedDelivery } from '../../src/domain/action/action-assigned.js';
import type { CaseFinding } from '../../src/domain/case-finding/case-finding.js';
import type { CaseFindingAnswers } from '../../src/domain/case-finding/submit-case-finding.js';
import type { CaseSample } from '../../src/domain/sampling/case-sample.js';
import type { ChallengeDay } from '../../src/domain/challenge-day/challenge-day.js';
import type { ConversationLink } from '../../src/domain/links/conversation-link.js';
import type { District } from '../../src/domain/districts/district.js';
import type { FocusGroupFeedback } from '../../src/domain/capture/focus-group-feedback.js';
import type { NoticeReply } from '../../src/domain/notice/notice-reply.js';
import type { ObservedVisit } from '../../src/domain/capture/observed-visit.js';
import type { Person } from '../../src/domain/people/person.js';
import type { Report } from '../../src/domain/reports/report.js';
import { scheduledWorkSchema, type ScheduledWork } from '../../src/domain/scheduling/scheduled-work.js';
import type { AuditEvent } from '../../src/domain/audit/audit-event.js';
import { calendarDateFromIso, londonCalendarDate } from '../../src/domain/shared/london-time.js';
import { conversationLinkId } from '../../src/store/conversation-links.js';
import { noticeReplyId } from '../../src/store/notice-replies.js';

/** Realistic, valid records for tests; each builder takes the fields a test cares about. */
const id = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
const at = new Date('2026-11-20T10:00:00Z');

export const aDistrict = (over: Partial<District> = {}): District => ({
  _id: 'chesterfield',
  name: 'Chesterfield',
  matLocality: 'Chesterfield MAT',
  aliases: ['Chesterfield district'],
  ...over,
});

export const aPerson = (over: Partial<Person> = {}): Person => ({
  _id: id('person'),
  displayName: 'Sam Auditor',
  roles: ['auditor'],
  districtIds: ['chesterfield'],
  teamName: 'Chesterfield Child Protection Team 1',
  identities: {},
  ...over,
});

export const aChallengeDay = (over: Partial<ChallengeDay> = {}): ChallengeDay => ({
  _id: id('day'),
  districtId: 'chesterfield',
  matLocality: 'Chesterfield MAT',
  date: calendarDateFromIso('2026-12-03'),
  startsAt: new Date('2026-12-03T09:30:00Z'),
  sites: { district: 'Chesterfield Town Hall, Room 4', mat: 'Staveley Centre' },
  focusAreas: ['The voice of the child is heard and shapes their plan'],
  intelligence: ['complaints', 'monthly_audits'],
  auditTeamIds: ['person-sm1'],
  expectedAttendeeIds: ['person-staff1'],
  status: 'planned',
  plannedById: 'person-qa1',
  createdAt: at,
  version: 1,
  history: [{ commandId: id('cmd'), transition: 'plan', actorId: 'person-qa1', at, from: 'none', to: 'planned' }],
  ...over,
});

/**
 * A Challenge Day under way today by the real clock, for tests whose bot runs on it: "case finding for
 * Chesterfield" finds only a day started up to two days ago.
 */
export const aChallengeDayUnderWayNow = (over: Partial<ChallengeDay> = {}): ChallengeDay => {
  const startsAt = new Date();
  return aChallengeDay({ date: londonCalendarDate(startsAt), startsAt, status: 'in_progress', ...over });
};

export const anAction = (over: Partial<Action> = {}): Action => ({
  _id: id('action'),
  challengeDayId: 'day-1',
  districtId: 'chesterfield',
  what: 'Record the child’s wishes and feelings at every statutory visit',
  source: {
    kind: 'case_finding',
    id: 'finding-1',
    summary: 'CR-104233: voice of the child graded Requires improvement',
  },
  ownerId: 'person-owner',
  dueDate: calendarDateFromIso('2026-12-15'),
  priority: 'high',
  status: 'open',
  progress: [],
  createdAt: at,
  version: 1,
  history: [{ commandId: id('cmd'), transition: 'create', actorId: 'person-qa1', at, from: 'none', to: 'open' }],
  ...over,
});

export const aNoticeReply = (over: Partial<NoticeReply> = {}): NoticeReply => {
  const reply = { challengeDayId: 'day-1', personId: id('person'), kind: 'attending' as const, repliedAt: at, ...over };
  return { _id: noticeReplyId(reply.challengeDayId, reply.personId), ...reply };
};

export const aCaseSample = (over: Partial<CaseSample> = {}): CaseSample => ({
  _id: id('sample'),
  challengeDayId: id('day'),
  districtId: 'chesterfield',
  seed: 'seed-2026-12-03',
  method: 'stratified by team, proportional, seeded shuffle',
  excludedAuditedWithinMonths: 6,
  cases: [{ caseReference: 'CR-104233', teamName: 'Team 1', auditorId: 'person-auditor' }],
  drawnById: 'person-qa1',
  drawnAt: at,
  ...over,
});

const grade = { grade: 'good' as const };
/** What an auditor fills in on the case-finding card. */
export const caseFindingAnswers = (over: Partial<CaseFindingAnswers> = {}): CaseFindingAnswers => ({
  caseReference: 'CR-104233',
  overallGrade: 'good',
  domains: {
    voice_of_child: {
      grade: 'requires_improvement',
      comment: 'Wishes and feelings not recorded at the last two visits.',
    },
    management_oversight: grade,
    assessment_and_plan: grade,
    risk_and_safety: grade,
    timeliness: grade,
  },
  strengths: 'Strong relationship between worker and family.',
  safeguardingConcern: { raised: false },
  recommendations: [],
  ...over,
});

export const aCaseFinding = (over: Partial<CaseFinding> = {}): CaseFinding => ({
  _id: id('finding'),
  submissionId: id('submission'),
  challengeDayId: 'day-1',
  districtId: 'chesterfield',
  auditorId: 'person-auditor',
  submittedAt: at,
  ...caseFindingAnswers(),
  ...over,
});

export const aFocusGroupFeedback = (over: Partial<FocusGroupFeedback> = {}): FocusGroupFeedback => ({
  _id: id('focus'),
  submissionId: id('submission'),
  challengeDayId: 'day-1',
  facilitatorId: 'person-sm1',
  group: 'staff',
  attendeeCount: 8,
  working: 'Peer support in the team is strong.',
  themes: ['A stable, skilled and supported workforce'],
  submittedAt: at,
  ...over,
});

export const anObservedVisit = (over: Partial<ObservedVisit> = {}): ObservedVisit => ({
  _id: id('visit'),
  submissionId: id('submission'),
  challengeDayId: 'day-1',
  seniorManagerId: 'person-sm1',
  workerReference: 'SW-0412',
  observed: 'A calm, child-centred home visit; the child was seen alone.',
  submittedAt: at,
  ...over,
});

export const aReport = (over: Partial<Report> = {}): Report => ({
  _id: id('report'),
  challengeDayId: id('day'),
  districtId: 'chesterfield',
  status: 'draft',
  draftedById: 'person-qa1',
  draftActions: [],
  leftOutKeys: [],
  actionIds: [],
  returns: [],
  createdAt: at,
  version: 1,
  history: [{ commandId: id('cmd'), transition: 'draft', actorId: 'person-qa1', at, from: 'none', to: 'draft' }],
  ...over,
});

export const aConversationLink = (over: Partial<ConversationLink> = {}): ConversationLink => {
  const link: Omit<ConversationLink, '_id'> = {
    platform: 'teams',
    conversationId: `19:${randomUUID()}@thread.tacv2`,
    kind: 'channel',
    districtId: 'chesterfield',
    audience: 'district',
    address: { serviceUrl: 'https://smba.trafficmanager.net/uk/' },
    status: 'active',
    updatedAt: at,
    ...over,
  };
  return { _id: conversationLinkId(link.platform, link.conversationId), ...link };
};

/** Digest work unless `over` says otherwise; checked by the schema, as work of another kind needs its own payload. */
export const aScheduledWork = (over: Partial<ScheduledWork> = {}): ScheduledWork =>
  scheduledWorkSchema.parse({
    _id: `digest:chesterfield:${randomUUID().slice(0, 8)}`,
    kind: 'digest',
    dueAt: at,
    payload: { districtId: 'chesterfield', week: '2026-W48' },
    status: 'pending',
    attempts: 0,
    ...over,
  });

export const anAuditEvent = (over: Partial<AuditEvent> = {}): AuditEvent => ({
  _id: id('audit'),
  entityKind: 'action',
  entityId: 'action-1',
  transition: 'acknowledge',
  actorId: 'person-owner',
  at,
  commandId: id('cmd'),
  before: 'open',
  after: 'acknowledged',
  ...over,
});

/**
 * A person registered by their work email, made from their name ('Olive Grant' is person-olive,
 * olive.grant@derbyshire.gov.uk), with the platform identities given (none: not yet linked).
 */
export const aPersonByEmail = (displayName: string, identities: Person['identities'] = {}): Person => {
  const [first = 'someone', ...rest] = displayName.toLowerCase().split(' ');
  return aPerson({
    _id: `person-${first}`,
    displayName,
    email: `${[first, ...rest].join('.')}@derbyshire.gov.uk`,
    identities,
  });
};

/** The message that gives an action to its owner, as the outbox is told when a report is verified. */
export const actionAssigned = actionAssignedDelivery;

/** The bot's Slack direct-message chat with a person, as it is remembered once they wrote to it. */
export const aSlackDirectMessage = (personId: string, channel: string) =>
  aConversationLink({
    platform: 'slack',
    kind: 'personal',
    conversationId: channel,
    personId,
    districtId: undefined,
    audience: undefined,
    address: { channel },
  });
