import { hasRole, type Actor } from '../people/actor.js';
import { allowedIf, QA_MANAGERS_HELP, type Permission } from '../shared/permission.js';

/** Which messages did not reach their people is the QA manager's to follow up. */
export function mayReadFailedDeliveries(actor: Actor): Permission {
  return allowedIf(hasRole(actor, 'qa_manager'), 'Only a QA manager can see failed deliveries.', QA_MANAGERS_HELP);
}
