import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import { DAY_NOT_FOUND, refuseOnDay, type DayHelpers } from '../challenge-day/day-refusal.js';
import type { Actor } from '../people/actor.js';
import type { Person } from '../people/person.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { idForCommand } from '../shared/new-id.js';
import type { Delivery } from '../notifications/notification.js';
import type { CaseScopeRecords } from '../case-detail/case-scope.js';
import type { CaseFinding } from './case-finding.js';
import { siteOfCase, siteTurnsOnTeams } from './site-of-case.js';
import { maySubmitFindings } from './permissions.js';

/** What the auditor fills in on the case-finding card (already checked by the form's schema). */
export type CaseFindingAnswers = Omit<
  CaseFinding,
  '_id' | 'submissionId' | 'challengeDayId' | 'districtId' | 'auditorId' | 'submittedAt' | 'moderation' | 'site'
>;

export interface CaseFindingPorts extends Pick<CaseScopeRecords, 'sampleOfDay' | 'teamsInDistrict'> {
  findChallengeDay(id: string): Promise<ChallengeDay | null>;
  submit(finding: CaseFinding): Promise<{ stored: CaseFinding; replayed: boolean }>;
  /** People to alert about an immediate safeguarding concern in a district. */
  safeguardingContacts(districtId: string): Promise<Person[]>;
  /** Who can add someone to the day, named when they are refused. */
  dayHelpers(day: ChallengeDay): Promise<DayHelpers>;
}

/** The outbox key of a finding's alert: every person's copy of it, refreshed together when someone acts. */
export function safeguardingAlertKey(caseFindingId: string): string {
  return `safeguarding:${caseFindingId}`;
}

const OPEN_FOR_FINDINGS: readonly ChallengeDay['status'][] = ['announced', 'in_progress'];

/**
 * Stores an auditor's finding once, however often the card is submitted. Auditors on the day's audit team
 * (peer auditors, police and health representatives, senior managers) and QA managers may submit. An
 * immediate safeguarding concern alerts the QA managers and the district's managers at once.
 */
export async function submitCaseFinding(
  ports: CaseFindingPorts,
  challengeDayId: string,
  answers: CaseFindingAnswers,
  context: { actor: Actor; commandId: string; now: Date },
): Promise<Outcome<{ finding: CaseFinding; replayed: boolean; deliveries: Delivery[] }>> {
  const { actor } = context;
  const day = await ports.findChallengeDay(challengeDayId);
  if (!day) return refuse('not_found', DAY_NOT_FOUND);
  if (!maySubmitFindings(actor, day)) return refuseOnDay(actor, day, 'not_on_audit_team', ports.dayHelpers);
  if (!OPEN_FOR_FINDINGS.includes(day.status)) {
    return refuse(
      'invalid_transition',
      day.status === 'planned'
        ? 'Findings open when the Challenge Day is announced.'
        : 'This Challenge Day’s findings are closed: its report has been drafted.',
    );
  }

  // Whom an alert is for is settled as it is raised, so who may say they acted on it never drifts.
  const contacts = answers.safeguardingConcern.raised ? await ports.safeguardingContacts(day.districtId) : [];
  const alertedIds = [...new Set(contacts.map((person) => person._id))];
  const sample = await ports.sampleOfDay(day._id);
  const teams = siteTurnsOnTeams(sample, answers.caseReference) ? await ports.teamsInDistrict(day.districtId) : [];
  const site = siteOfCase(day, answers.caseReference, actor.id, { sample, teams });
  const submissionId = idForCommand('submission', context.commandId);
  const { stored, replayed } = await ports.submit({
    ...answers,
    safeguardingConcern: { ...answers.safeguardingConcern, ...(alertedIds.length > 0 ? { alertedIds } : {}) },
    _id: idForCommand('finding', context.commandId),
    submissionId,
    challengeDayId: day._id,
    districtId: day.districtId,
    auditorId: actor.id,
    site,
    submittedAt: context.now,
  });

  const deliveries: Delivery[] = [];
  // Alerts go out on a replay too: the outbox sends each once, and the first try may have died before queueing them.
  if (stored.safeguardingConcern.raised) {
    for (const personId of stored.safeguardingConcern.alertedIds ?? []) {
      deliveries.push({
        key: safeguardingAlertKey(stored._id),
        // Rendered for its person: the concern's reason only to those who may read the case's detail.
        notification: { kind: 'safeguarding_alert', caseFindingId: stored._id, recipientId: personId },
        destination: { kind: 'person', personId },
        // The auditor is told if, once tried, a manager cannot be reached after all.
        senderId: actor.id,
      });
    }
  }
  return succeed({ finding: stored, replayed, deliveries });
}
