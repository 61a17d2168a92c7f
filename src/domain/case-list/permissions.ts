import { hasRole, type Actor } from '../people/actor.js';
import { allowedIf, QA_MANAGERS_HELP, type Permission } from '../shared/permission.js';

/** The QA manager keeps each district's open-case list, from which they draw the case sample. */
export function mayImportCaseLists(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, 'qa_manager'),
    'Only a QA manager can import a district’s case list.',
    QA_MANAGERS_HELP,
  );
}
