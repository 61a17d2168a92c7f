import { auditorIdsOf, type ChallengeDay } from '../challenge-day/challenge-day.js';
import { hasRole, worksInDistrict, type Actor } from '../people/actor.js';
import { allowedIf, ownDistrictHelp, type Permission } from '../shared/permission.js';

/** On one of the day's audit teams (district or MAT), or working in its district: whoever may see what is captured on it. */
export function isPartOfDay(actor: Actor, day: ChallengeDay): boolean {
  return auditorIdsOf(day).includes(actor.id) || worksInDistrict(actor, day.districtId);
}

/** Senior managers (and QA managers) record focus-group feedback and observed visits. */
export function mayRecordOnDay(actor: Actor, what: string): Permission {
  return allowedIf(
    hasRole(actor, 'senior_manager', 'qa_manager'),
    `Only a senior manager records ${what}.`,
    ownDistrictHelp(actor, ['senior_manager']),
  );
}
