import type { ReportLinkClaim } from '../domain/reports/report-link-claim.js';
import type { Filter } from 'mongodb';
import type { Action } from '../domain/action/action.js';
import type { AttendanceRegister } from '../domain/attendance/register.js';
import type { AuditEvent } from '../domain/audit/audit-event.js';
import type { FocusGroupFeedback } from '../domain/capture/focus-group-feedback.js';
import type { ObservedVisit } from '../domain/capture/observed-visit.js';
import type { CaseFinding } from '../domain/case-finding/case-finding.js';
import type { CaseHandback } from '../domain/case-handback/case-handback.js';
import type { ChallengeDay } from '../domain/challenge-day/challenge-day.js';
import type { Programme } from '../domain/programme/programme.js';
import type { ConversationLink } from '../domain/links/conversation-link.js';
import type { NoticeReply } from '../domain/notice/notice-reply.js';
import type { OutboxEntry } from '../domain/notifications/outbox-entry.js';
import type { Person } from '../domain/people/person.js';
import type { Report } from '../domain/reports/report.js';
import type { CaseSample } from '../domain/sampling/case-sample.js';
import type { ScheduledWork } from '../domain/scheduling/scheduled-work.js';
import type { HistoryEntry } from '../domain/shared/history.js';
import type { PeopleImport } from './people-imports.js';
import type { PersonIdentity } from './person-identities.js';
import type { RosterOffer } from './roster-offers.js';
import type { Stores } from './stores.js';
import { stepKey, type TransitionStep } from './transition-steps.js';
import type { ValidatedCollection } from './validated-collection.js';
import { driver } from './driver-collection.js';

/** Every record that names one person, by collection: what a subject access request is answered with. */
export interface RecordsNamingPerson {
  readonly personId: string;
  readonly people: Person[];
  /** Which person each of their Teams and Slack identities points at (person-identities.ts). */
  readonly personIdentities: PersonIdentity[];
  readonly challengeDays: ChallengeDay[];
  readonly noticeReplies: NoticeReply[];
  /** Registers of who came to a day that list them (came or not) or that they recorded. */
  readonly attendanceRegisters: AttendanceRegister[];
  readonly caseSamples: CaseSample[];
  readonly caseFindings: CaseFinding[];
  /** Audited cases' findings sent to them as the manager holding the case, or that they acknowledged. */
  readonly caseHandbacks: CaseHandback[];
  readonly focusGroupFeedback: FocusGroupFeedback[];
  readonly observedVisits: ObservedVisit[];
  readonly reports: Report[];
  readonly actions: Action[];
  readonly conversationLinks: ConversationLink[];
  /** Messages queued for the person's own chats. */
  readonly outbox: OutboxEntry[];
  readonly auditEvents: AuditEvent[];
  /** Of those, every time they viewed a finding, a report page or a case's audit trail, or downloaded an export. */
  readonly viewsTheyMade: AuditEvent[];
  /**
   * Every time someone else viewed a finding they wrote or a report they drafted or verified, or downloaded an
   * action plan export that listed their actions.
   */
  readonly viewsOfTheirWork: AuditEvent[];
  readonly scheduledWork: ScheduledWork[];
  /** Step records of the days, reports and actions above: each holds a copy of the record at that step. */
  readonly transitionSteps: TransitionStep[];
  /** People files they sent the bot or applied (kept 7 days; the text goes once applied). */
  readonly peopleImports: PeopleImport[];
  /** Lists of a channel's members they were offered to add, or added (kept 7 days). */
  readonly rosterOffers: RosterOffer[];
  /** The report and export links they opened, by the browser that opened each first (hashes only). */
  readonly reportLinkClaims: ReportLinkClaim[];
  /** Yearly programmes of Challenge Days whose rota they set or whose days they moved or skipped. */
  readonly programmes: Programme[];
}

/**
 * Gathers everything held about one person: every record that names them as the person, planner, auditor,
 * attendee, facilitator, senior manager, moderator, owner, author of a reply, progress note or return,
 * drafter or approver, actor in a history or the audit trail, or recipient of a message. Each collection is
 * asked by the fields that hold a person's id, so nothing else is read.
 */
export async function recordsNamingPerson(stores: Stores, personId: string): Promise<RecordsNamingPerson> {
  const id = personId;
  const history = { 'history.actorId': id };
  const [people, challengeDays, noticeReplies, caseSamples, caseFindings, focusGroupFeedback, observedVisits] =
    await Promise.all([
      findAll(stores.people.collection, { _id: id }),
      findAll(stores.challengeDays.collection, {
        $or: [{ plannedById: id }, { auditTeamIds: id }, { matAuditTeamIds: id }, { expectedAttendeeIds: id }, history],
      }),
      findAll(stores.noticeReplies.collection, { personId: id }),
      findAll(stores.caseSamples.collection, { $or: [{ drawnById: id }, { 'cases.auditorId': id }] }),
      findAll(stores.caseFindings.collection, {
        $or: [
          { auditorId: id },
          { 'moderation.moderatorId': id },
          { 'recommendations.suggestedOwnerId': id },
          { 'safeguardingConcern.alertedIds': id },
          { 'safeguardingConcern.actedOn.personId': id },
        ],
      }),
      findAll(stores.focusGroupFeedback.collection, { facilitatorId: id }),
      findAll(stores.observedVisits.collection, { seniorManagerId: id }),
    ]);
  const attendanceRegisters = await findAll(stores.attendanceRegisters.collection, {
    $or: [{ attendedIds: id }, { absentIds: id }, { recordedById: id }, history],
  });
  const [reports, actions, conversationLinks, auditEvents, scheduledWork, personIdentities] = await Promise.all([
    findAll(stores.reports.collection, {
      $or: [{ draftedById: id }, { approvedById: id }, { 'returns.byId': id }, { 'draftActions.ownerId': id }, history],
    }),
    findAll(stores.actions.collection, {
      $or: [
        { ownerId: id },
        { 'dateChangeRequest.byId': id },
        { 'progress.byId': id },
        { 'completion.byId': id },
        history,
      ],
    }),
    findAll(stores.conversationLinks.collection, { personId: id }),
    // What they did, and every change to their own record (registered, an account linked).
    Promise.all([stores.auditEvents.byActor(id), stores.auditEvents.trailFor('person', id)]).then(([did, record]) => [
      ...did,
      ...record.filter((event) => event.actorId !== id),
    ]),
    // Scheduled work is a short list of what is due; a person is named only as a value of its payload.
    findAll(stores.scheduledWork.collection, {}).then((all) =>
      all.filter((work) => Object.values(work.payload).includes(id)),
    ),
    findAll(stores.personIdentities.collection, { personId: id }),
  ]);
  const linkIds = conversationLinks.map((link) => link._id);
  // A message names its person directly, or through the chat it went to (entries queued before it did).
  const outbox = await findAll(stores.outbox.collection, {
    $or: [{ personId: id }, ...(linkIds.length > 0 ? [{ linkId: { $in: linkIds } }] : [])],
  });
  const programmes = await findAll(stores.programmes.collection, history);
  const stepIds = [
    ...stepKeysOf('challenge_day', challengeDays),
    ...stepKeysOf('report', reports),
    ...stepKeysOf('action', actions),
    ...stepKeysOf('attendance_register', attendanceRegisters),
    ...stepKeysOf('programme', programmes),
  ];
  const transitionSteps =
    stepIds.length > 0 ? await findAll(stores.transitionSteps.collection, { _id: { $in: stepIds } }) : [];
  const [peopleImports, rosterOffers, reportLinkClaims, caseHandbacks] = await Promise.all([
    findAll(stores.peopleImports.collection, { $or: [{ uploadedBy: id }, { appliedBy: id }] }),
    findAll(stores.rosterOffers.collection, { $or: [{ offeredBy: id }, { addedBy: id }] }),
    findAll(stores.reportLinkClaims.collection, { personId: id }),
    findAll(stores.caseHandbacks.collection, { $or: [{ recipientIds: id }, { 'acknowledged.byId': id }] }),
  ]);
  const viewsOfTheirWork = (
    await stores.auditEvents.viewsOf([
      {
        entityKind: 'case_finding',
        ids: caseFindings.filter((finding) => finding.auditorId === id).map((finding) => finding._id),
      },
      {
        entityKind: 'report',
        ids: reports
          .filter((report) => report.draftedById === id || report.approvedById === id)
          .map((report) => report._id),
      },
      // An action plan export that listed their actions is recorded in their own trail (export-audit.ts).
      { entityKind: 'person', ids: [id] },
    ])
  ).filter((event) => event.actorId !== id);
  return {
    personId,
    people,
    personIdentities,
    challengeDays,
    noticeReplies,
    attendanceRegisters,
    caseSamples,
    caseFindings,
    caseHandbacks,
    focusGroupFeedback,
    observedVisits,
    reports,
    actions,
    conversationLinks,
    outbox,
    auditEvents,
    viewsTheyMade: auditEvents.filter((event) => event.transition === 'view'),
    viewsOfTheirWork,
    scheduledWork,
    transitionSteps,
    peopleImports,
    rosterOffers,
    reportLinkClaims,
    programmes,
  };
}

async function findAll<T extends { _id: string }>(collection: ValidatedCollection<T>, filter: Filter<T>): Promise<T[]> {
  return collection.readAll(await collection[driver].find(filter).sort({ _id: 1 }).toArray());
}

/** A step is kept at each position of a record's history (transition-steps.ts), and one past it while in flight. */
function stepKeysOf(entityKind: string, records: readonly { _id: string; history: readonly HistoryEntry[] }[]) {
  return records.flatMap((record) =>
    Array.from({ length: record.history.length + 1 }, (_, index) => stepKey(entityKind, record._id, index + 1)),
  );
}
