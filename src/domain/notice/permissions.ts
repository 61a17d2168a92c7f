import { auditorIdsOf, type ChallengeDay } from '../challenge-day/challenge-day.js';
import { hasRole, worksInDistrict, type Actor } from '../people/actor.js';
import { MANAGER_ROLES } from '../people/roles.js';
import { allowedIf, districtManagersHelp, ownDistrictHelp, type Permission } from '../shared/permission.js';

/** Anyone named on the day, working in its district, or a senior manager may answer its notice. */
export function mayReplyToNotice(actor: Actor, day: ChallengeDay): boolean {
  const named = [...day.expectedAttendeeIds, ...auditorIdsOf(day)].includes(actor.id);
  return named || worksInDistrict(actor, day.districtId) || hasRole(actor, 'senior_manager');
}

/** Who has not answered a notice is for the managers to chase. */
export function mayAskWhoHasNotReplied(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, ...MANAGER_ROLES),
    'Only managers can see who has not replied to a notice.',
    ownDistrictHelp(actor),
  );
}

/**
 * What the notice was answered with — each answer, its case and its note — is for the managers who plan and
 * run the day; staff and partners answer, and see only their own answer.
 */
export function mayReadNoticeReplies(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, ...MANAGER_ROLES),
    'Only managers can see the replies to a notice.',
    ownDistrictHelp(actor),
  );
}

/** A manager sees the replies of the districts they work in (QA managers: every district). */
export function maySeeNoticeRepliesIn(actor: Actor, districtId: string): Permission {
  return allowedIf(
    worksInDistrict(actor, districtId),
    'You can see replies only for the districts you work in.',
    districtManagersHelp(districtId),
  );
}

/**
 * Posting a day's notice again into its channels is for the QA managers, and for whoever planned the day; a
 * refusal names the planner and the QA managers.
 */
export function mayPostNoticeAgain(actor: Actor, day: ChallengeDay): Permission {
  return allowedIf(
    hasRole(actor, 'qa_manager') || actor.id === day.plannedById,
    'Only a QA manager, or whoever planned the day, can post its notice again.',
    { kind: 'day_planner', plannedById: day.plannedById },
  );
}
