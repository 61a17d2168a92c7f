import { hasRole, type Actor } from '../people/actor.js';
import { allowedIf, QA_MANAGERS_HELP, type Permission } from '../shared/permission.js';

/** The QA manager plans the programme of Challenge Days. */
export function mayPlanChallengeDays(actor: Actor): Permission {
  return allowedIf(hasRole(actor, 'qa_manager'), 'Only a QA manager can plan a Challenge Day.', QA_MANAGERS_HELP);
}

/** Only the QA manager moves or changes a planned day. */
export function mayChangeChallengeDays(actor: Actor): Permission {
  return allowedIf(hasRole(actor, 'qa_manager'), 'Only a QA manager can change a Challenge Day.', QA_MANAGERS_HELP);
}
