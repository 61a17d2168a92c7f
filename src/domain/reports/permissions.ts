import { hasRole, type Actor } from '../people/actor.js';
import type { Report } from './report.js';
import { allowedIf, QA_MANAGERS_HELP, type Permission } from '../shared/permission.js';
import type { HelpFrom } from '../shared/who-can-help.js';

/** Any senior manager verifies a report, so any of them can help with one. */
export const SENIOR_MANAGERS_HELP: HelpFrom = { kind: 'role', roles: ['senior_manager'] };

/** The QA manager drafts a Challenge Day's report from its findings. */
export function mayDraftReports(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, 'qa_manager'),
    'Only a QA manager drafts the Challenge Day report.',
    QA_MANAGERS_HELP,
  );
}

/** Only the QA manager changes what the draft report recommends. */
export function mayChangeDraftReports(actor: Actor): Permission {
  return allowedIf(hasRole(actor, 'qa_manager'), 'Only a QA manager can change the draft report.', QA_MANAGERS_HELP);
}

/** The QA manager submits the report for verification. */
export function maySubmitReports(actor: Actor): Permission {
  return allowedIf(hasRole(actor, 'qa_manager'), 'Only a QA manager submits the report.', QA_MANAGERS_HELP);
}

/** Senior managers verify (approve or return) a submitted report. */
export function mayVerifyReports(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, 'senior_manager'),
    'Only a senior manager can verify a report.',
    SENIOR_MANAGERS_HELP,
  );
}

/**
 * The draft report, with its case-by-case notes, is the QA manager's working copy: to anyone else it does not
 * exist (they are told "not found").
 */
export function mayReadDraftReports(actor: Actor): boolean {
  return hasRole(actor, 'qa_manager');
}

/** Whether the verification card offers this person Approve and Return: not to the report's own author. */
export function mayDecideOnReport(actor: Actor, report: Report): boolean {
  return mayVerifyReports(actor).ok && actor.id !== report.draftedById;
}
