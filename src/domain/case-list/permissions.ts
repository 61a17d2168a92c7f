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

/**
 * Who may send the bot a file to import, before it is downloaded and its kind is known: a people file and a
 * case list are both the QA manager's, so nobody else's file is ever read.
 */
export function maySendImportFiles(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, 'qa_manager'),
    'Only a QA manager can import a file (people, or a district’s case list).',
    QA_MANAGERS_HELP,
  );
}
