import { hasRole, type Actor } from '../people/actor.js';
import { allowedIf, QA_MANAGERS_HELP, type Permission } from '../shared/permission.js';

/** The year's rota, and moving or skipping a proposed day, are the QA managers' to set. */
export function mayManageProgramme(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, 'qa_manager'),
    'Only a QA manager can set the programme of Challenge Days or move a day in it.',
    QA_MANAGERS_HELP,
  );
}

/** Which districts are behind the programme is for those who run it and the managers it answers to. */
export function mayAskOverdueDistricts(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, 'qa_manager', 'senior_manager', 'district_manager'),
    'Only QA managers, senior managers and district managers can ask which districts are overdue for a Challenge Day.',
    QA_MANAGERS_HELP,
  );
}
