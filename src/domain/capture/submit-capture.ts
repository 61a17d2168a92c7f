import { auditSiteOf } from '../challenge-day/audit-site-of.js';
import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import { DAY_NOT_FOUND, refuseOnDay, type DayHelpers } from '../challenge-day/day-refusal.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { idForCommand } from '../shared/new-id.js';
import type { FocusGroupFeedback } from './focus-group-feedback.js';
import type { ObservedVisit } from './observed-visit.js';
import { isPartOfDay, mayRecordOnDay } from './permissions.js';

export interface CapturePorts {
  findChallengeDay(id: string): Promise<ChallengeDay | null>;
  submitFocusGroupFeedback(feedback: FocusGroupFeedback): Promise<{ stored: FocusGroupFeedback; replayed: boolean }>;
  submitObservedVisit(visit: ObservedVisit): Promise<{ stored: ObservedVisit; replayed: boolean }>;
  /** Who can add someone to the day, named when they are refused. */
  dayHelpers(day: ChallengeDay): Promise<DayHelpers>;
}

interface CaptureContext {
  readonly actor: Actor;
  readonly commandId: string;
  readonly now: Date;
}

/** What a senior manager records on a day, in the words of a refusal: "Only a senior manager records …". */
export const FOCUS_GROUP_FEEDBACK = 'focus-group feedback';
export const OBSERVED_VISIT_NOTES = 'observed-visit notes';

const OPEN_FOR_CAPTURE: readonly ChallengeDay['status'][] = ['announced', 'in_progress'];

async function dayOpenToSeniorManager(
  ports: CapturePorts,
  challengeDayId: string,
  actor: Actor,
  what: string,
): Promise<Outcome<ChallengeDay>> {
  const day = await ports.findChallengeDay(challengeDayId);
  if (!day) return refuse('not_found', DAY_NOT_FOUND);
  if (!isPartOfDay(actor, day)) return refuseOnDay(actor, day, 'not_part_of_day', ports.dayHelpers);
  const allowed = mayRecordOnDay(actor, what);
  if (!allowed.ok) return allowed;
  if (!OPEN_FOR_CAPTURE.includes(day.status)) {
    return refuse(
      'invalid_transition',
      `${what[0]?.toUpperCase()}${what.slice(1)} can be recorded once the day is announced, until its report is drafted.`,
    );
  }
  return succeed(day);
}

/** Stores a senior manager's notes from a focus group, once however often the card is sent. */
export async function submitFocusGroupFeedback(
  ports: CapturePorts,
  challengeDayId: string,
  answers: Omit<FocusGroupFeedback, '_id' | 'submissionId' | 'challengeDayId' | 'facilitatorId' | 'submittedAt'>,
  context: CaptureContext,
): Promise<Outcome<{ feedback: FocusGroupFeedback; replayed: boolean }>> {
  const day = await dayOpenToSeniorManager(ports, challengeDayId, context.actor, FOCUS_GROUP_FEEDBACK);
  if (!day.ok) return day;
  const { stored, replayed } = await ports.submitFocusGroupFeedback({
    ...answers,
    _id: idForCommand('focus', context.commandId),
    submissionId: idForCommand('submission', context.commandId),
    challengeDayId: day.value._id,
    facilitatorId: context.actor.id,
    submittedAt: context.now,
  });
  return succeed({ feedback: stored, replayed });
}

/** Stores a senior manager's notes from an observed visit, once however often the card is sent. */
export async function submitObservedVisit(
  ports: CapturePorts,
  challengeDayId: string,
  answers: Omit<ObservedVisit, '_id' | 'submissionId' | 'challengeDayId' | 'seniorManagerId' | 'submittedAt'>,
  context: CaptureContext,
): Promise<Outcome<{ visit: ObservedVisit; replayed: boolean }>> {
  const day = await dayOpenToSeniorManager(ports, challengeDayId, context.actor, OBSERVED_VISIT_NOTES);
  if (!day.ok) return day;
  const { stored, replayed } = await ports.submitObservedVisit({
    ...answers,
    _id: idForCommand('visit', context.commandId),
    submissionId: idForCommand('submission', context.commandId),
    challengeDayId: day.value._id,
    seniorManagerId: context.actor.id,
    // The site they chose; on a card sent before it asked, the audit team they are on that day.
    site: answers.site ?? auditSiteOf(day.value, context.actor.id) ?? 'district',
    submittedAt: context.now,
  });
  return succeed({ visit: stored, replayed });
}
