import type { Db } from 'mongodb';
import { ActionReferenceRepository } from './action-references.js';
import { ActionRepository } from './actions.js';
import { ApiClientRepository } from './api-clients.js';
import { AttendanceRegisterRepository } from './attendance-registers.js';
import { AuditEventRepository } from './audit-events.js';
import { CaseFindingRepository } from './case-findings.js';
import { CaseHandbackRepository } from './case-handbacks.js';
import { CaseListRepository } from './case-lists.js';
import { CaseSampleRepository } from './case-samples.js';
import { ChallengeDayRepository } from './challenge-days.js';
import { ConversationLinkRepository } from './conversation-links.js';
import { DistrictRepository } from './districts.js';
import { FocusGroupFeedbackRepository } from './focus-group-feedback.js';
import { NoticeReplyRepository } from './notice-replies.js';
import { ObservedVisitRepository } from './observed-visits.js';
import { OutboxRepository } from './outbox.js';
import { PersonIdentityRepository } from './person-identities.js';
import { PersonRepository } from './people.js';
import { PeopleImportRepository } from './people-imports.js';
import { ProgrammeRepository } from './programmes.js';
import { ReportLinkClaimRepository } from './report-link-claims.js';
import { ReportRepository } from './reports.js';
import { RosterOfferRepository } from './roster-offers.js';
import { ScheduledWorkRepository } from './scheduled-work.js';
import { ClockTickRepository } from './clock-ticks.js';
import { TeamRepository } from './teams.js';
import { ThemeRepository } from './themes.js';
import { TransitionSteps } from './transition-steps.js';
import { WebhookSubscriptionRepository } from './webhook-subscriptions.js';
import { driver } from './driver-collection.js';
import { orderedIndexOption } from './ordered-index-option.js';

/** One repository per collection; the rest of the bot reaches MongoDB only through these. */
export function createStores(db: Db) {
  const auditEvents = new AuditEventRepository(db);
  const steps = new TransitionSteps(db);
  const personIdentities = new PersonIdentityRepository(db);
  const actionReferences = new ActionReferenceRepository(db);
  return {
    auditEvents,
    districts: new DistrictRepository(db),
    teams: new TeamRepository(db),
    people: new PersonRepository(db, personIdentities),
    personIdentities,
    challengeDays: new ChallengeDayRepository(db, auditEvents, steps),
    noticeReplies: new NoticeReplyRepository(db),
    attendanceRegisters: new AttendanceRegisterRepository(db, auditEvents, steps),
    caseSamples: new CaseSampleRepository(db),
    caseLists: new CaseListRepository(db),
    caseFindings: new CaseFindingRepository(db, auditEvents),
    caseHandbacks: new CaseHandbackRepository(db),
    focusGroupFeedback: new FocusGroupFeedbackRepository(db, auditEvents),
    observedVisits: new ObservedVisitRepository(db, auditEvents),
    reports: new ReportRepository(db, auditEvents, steps),
    actions: new ActionRepository(db, auditEvents, steps, actionReferences),
    actionReferences,
    conversationLinks: new ConversationLinkRepository(db),
    scheduledWork: new ScheduledWorkRepository(db, steps),
    outbox: new OutboxRepository(db, steps),
    transitionSteps: steps,
    clockTicks: new ClockTickRepository(db),
    rosterOffers: new RosterOfferRepository(db),
    peopleImports: new PeopleImportRepository(db),
    reportLinkClaims: new ReportLinkClaimRepository(db),
    webhookSubscriptions: new WebhookSubscriptionRepository(db, auditEvents),
    apiClients: new ApiClientRepository(db),
    themes: new ThemeRepository(db),
    programmes: new ProgrammeRepository(db, auditEvents, steps),
  };
}

export type Stores = ReturnType<typeof createStores>;

/** Creates every declared index; run at start-up, harmless when they exist. */
export async function ensureIndexes(stores: Stores): Promise<void> {
  const ordered = await orderedIndexOption(stores.actions.collection[driver].db);
  for (const repository of Object.values(stores)) await repository.collection.ensureIndexes(ordered);
}
