import { hasRole, type Actor } from '../people/actor.js';
import { allowedIf, type Permission } from '../shared/permission.js';

/** Who has seen or changed a child's case audit is for the QA manager to answer. */
export function mayReadCaseAuditTrails(actor: Actor): Permission {
  return allowedIf(hasRole(actor, 'qa_manager'), 'Only a QA manager can read the audit trail.');
}
