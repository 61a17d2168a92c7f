import { AUDIT_DOMAIN_LABELS, type AuditDomain } from '../../domain/case-finding/audit-domains.js';
import { gradeMove } from '../../domain/case-finding/grade-move.js';
import { moderateFinding, readModeration, type Moderation } from '../../domain/case-finding/moderate-finding.js';
import { readFindingRequest } from '../../domain/case-finding/view-finding.js';
import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { findingView } from '../present/finding-view.js';
import { receipt } from '../present/message-cards.js';
import type { Reply } from '../reply.js';
import { chatCommand } from './chat-command.js';
import type { TextMessage } from './text-message.js';

/**
 * "show finding CR-104233": the finding in full, to those who may read it, and only in a personal chat —
 * never where others would see it. Each view is recorded in the audit trail.
 */
async function showFinding(
  deps: InteractionDeps,
  message: TextMessage,
  idOrCaseReference: string,
  now: Date,
): Promise<Outcome<Reply>> {
  if (message.conversation.kind !== 'personal') {
    return refuse('not_allowed', 'Findings are shown only in a personal chat with the bot; ask me there.');
  }
  return findingView(deps, message.person, idOrCaseReference, `view:${message.person._id}:${now.toISOString()}`, now);
}

/** "moderate CR-104233 overall good": set the grades a finding should have, keeping the auditor's. */
async function moderateFromChat(
  deps: InteractionDeps,
  person: Person,
  moderation: Moderation,
  now: Date,
): Promise<Outcome<Reply>> {
  const moderated = await moderateFinding(
    {
      findingsForCase: (districtId, caseReference) => deps.stores.caseFindings.forCase(districtId, caseReference),
      saveModeration: (id, grades) => deps.stores.caseFindings.saveModeration(id, grades),
      recordAudit: (event) => deps.stores.auditEvents.record(event),
    },
    moderation,
    { actor: actorFor(person), commandId: `moderate:${moderation.caseReference}:${now.toISOString()}`, now },
  );
  if (!moderated.ok) return moderated;
  const finding = moderated.value;
  return succeed(
    receipt(
      `Finding for ${finding.caseReference} moderated`,
      person.displayName,
      now,
      [
        {
          title: 'Overall',
          value: gradeMove(finding.overallGrade, finding.moderation?.overallGrade ?? finding.overallGrade),
        },
        ...Object.entries(finding.moderation?.domainGrades ?? {}).map(([domain, grade]) => ({
          title: AUDIT_DOMAIN_LABELS[domain as AuditDomain],
          value: gradeMove(finding.domains[domain as AuditDomain].grade, grade),
        })),
      ],
      'The auditor’s grades are kept; the report counts the moderated ones.',
    ),
  );
}

/** "show finding CR-104233" */
export const showFindingCommand = chatCommand(readFindingRequest, showFinding);

/** "moderate CR-104233 overall good, timeliness requires improvement" */
export const moderateFindingCommand = chatCommand(readModeration, (deps, message, moderation, now) =>
  moderateFromChat(deps, message.person, moderation, now),
);
