import { hasRole, worksInDistrict, type Actor } from '../people/actor.js';
import { allowedIf, QA_MANAGERS_HELP, type Permission } from '../shared/permission.js';

/** The QA manager plans the programme of Challenge Days. */
export function mayPlanChallengeDays(actor: Actor): Permission {
  return allowedIf(hasRole(actor, 'qa_manager'), 'Only a QA manager can plan a Challenge Day.', QA_MANAGERS_HELP);
}

/** Only the QA manager moves or changes a planned day. */
export function mayChangeChallengeDays(actor: Actor): Permission {
  return allowedIf(hasRole(actor, 'qa_manager'), 'Only a QA manager can change a Challenge Day.', QA_MANAGERS_HELP);
}

/**
 * When a district's Challenge Days are, who audits on them and what they found: for the people who work in
 * it (QA managers: every district) and senior managers, who may answer any day's notice.
 */
export function mayAskAboutDaysIn(actor: Actor, districtId: string): Permission {
  return allowedIf(
    worksInDistrict(actor, districtId) || hasRole(actor, 'senior_manager'),
    'You can ask about the Challenge Days of the districts you work in.',
    QA_MANAGERS_HELP,
  );
}
