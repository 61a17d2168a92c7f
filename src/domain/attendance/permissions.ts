import { auditorIdsOf, type ChallengeDay } from '../challenge-day/challenge-day.js';
import { DAY_NOT_FOUND, mayKnowOfDay } from '../challenge-day/day-refusal.js';
import { hasRole, type Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { formatCalendarDate, londonCalendarDate } from '../shared/london-time.js';
import { allowedIf, type Permission } from '../shared/permission.js';

/** How many days after a Challenge Day its register may still be recorded or corrected. */
export const REGISTER_DAYS_AFTER = 3;

/**
 * The register is kept by those who run the day: the QA managers, whoever planned the day, and the senior
 * managers on its audit team (either site), who facilitate its focus groups. Anyone who may not know of the
 * day is told only that it was not found; anyone else is told who can, naming the planner.
 */
export function mayKeepRegister(actor: Actor, day: ChallengeDay): Permission {
  if (!mayKnowOfDay(actor, day)) return refuse('not_found', DAY_NOT_FOUND);
  const facilitates = hasRole(actor, 'senior_manager') && auditorIdsOf(day).includes(actor.id);
  return allowedIf(
    hasRole(actor, 'qa_manager') || actor.id === day.plannedById || facilitates,
    'Only a QA manager, whoever planned the day, or a senior manager on its audit team can record who came.',
    { kind: 'day_planner', plannedById: day.plannedById },
  );
}

/** The register opens on the day itself (London) and stays open for REGISTER_DAYS_AFTER days; never for a cancelled day. */
export function registerOpen(day: ChallengeDay, now: Date): Outcome<true> {
  if (day.status === 'cancelled') {
    return refuse(
      'invalid_transition',
      'That Challenge Day was cancelled, so there is nobody to record as having come.',
    );
  }
  const today = londonCalendarDate(now);
  if (today.getTime() < day.date.getTime()) {
    return refuse(
      'invalid_transition',
      `Who came is recorded on the day: the register opens on ${formatCalendarDate(day.date)}.`,
    );
  }
  // Calendar dates are UTC midnights, so whole days add exactly.
  const closes = new Date(day.date.getTime() + REGISTER_DAYS_AFTER * 86_400_000);
  if (today.getTime() > closes.getTime()) {
    return refuse(
      'invalid_transition',
      `The register closed on ${formatCalendarDate(closes)}, ${REGISTER_DAYS_AFTER} days after the day; the one recorded stands.`,
    );
  }
  return succeed(true);
}
