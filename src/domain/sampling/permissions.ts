import { hasRole, type Actor } from '../people/actor.js';
import { allowedIf, QA_MANAGERS_HELP, type Permission } from '../shared/permission.js';

/** The QA manager draws the random sample of cases for a day. */
export function mayDrawCaseSamples(actor: Actor): Permission {
  return allowedIf(hasRole(actor, 'qa_manager'), 'Only a QA manager draws the case sample.', QA_MANAGERS_HELP);
}
