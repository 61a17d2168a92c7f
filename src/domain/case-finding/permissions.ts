import { auditorIdsOf, type ChallengeDay } from '../challenge-day/challenge-day.js';
import { hasRole, type Actor } from '../people/actor.js';
import { allowedIf, ownDistrictHelp, type Permission } from '../shared/permission.js';

/** Whoever is on one of the day's audit teams (district or MAT), and QA managers, submit its findings. */
export function maySubmitFindings(actor: Actor, day: ChallengeDay): boolean {
  return auditorIdsOf(day).includes(actor.id) || hasRole(actor, 'qa_manager');
}

/** A QA manager or a senior manager moderates an auditor's grades. */
export function mayModerateFindings(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, 'qa_manager', 'senior_manager'),
    'Only a QA manager or a senior manager moderates findings.',
    ownDistrictHelp(actor, ['qa_manager', 'senior_manager']),
  );
}
