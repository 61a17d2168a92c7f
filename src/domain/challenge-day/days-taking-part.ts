import { worksInDistrict, type Actor } from '../people/actor.js';
import { auditorIdsOf, type ChallengeDay } from './challenge-day.js';

/** How a person takes part in a Challenge Day, most involved first. */
export type PartInDay = 'audit_team' | 'expected' | 'district';

/**
 * Whether and how a person takes part in a day: on one of its audit teams (district or MAT), named to attend it, or working in its
 * district (the district's staff get its 48-hour notice; QA managers run every district's days).
 */
export function partIn(day: ChallengeDay, actor: Actor): PartInDay | null {
  if (auditorIdsOf(day).includes(actor.id)) return 'audit_team';
  if (day.expectedAttendeeIds.includes(actor.id)) return 'expected';
  return worksInDistrict(actor, day.districtId) ? 'district' : null;
}

/** The days, from those not yet over (soonest first), that the person takes part in, with how. */
export function daysTakingPart(
  upcoming: readonly ChallengeDay[],
  actor: Actor,
): { readonly day: ChallengeDay; readonly part: PartInDay }[] {
  return upcoming.flatMap((day) => {
    const part = partIn(day, actor);
    return part ? [{ day, part }] : [];
  });
}
