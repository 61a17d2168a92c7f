import { hasRole, type Actor } from '../people/actor.js';
import { allowedIf, QA_MANAGERS_HELP, type Permission } from '../shared/permission.js';

/** When a district hears of its outstanding actions is set by the QA manager. */
export function mayChangeDigestSchedules(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, 'qa_manager'),
    'Only a QA manager can change when a district’s weekly digest goes.',
    QA_MANAGERS_HELP,
  );
}
