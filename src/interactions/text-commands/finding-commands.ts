import { AUDIT_DOMAIN_LABELS, type AuditDomain } from '../../domain/case-finding/audit-domains.js';
import { OFSTED_GRADE_LABELS } from '../../domain/case-finding/grades.js';
import { moderateFinding, readModeration, type Moderation } from '../../domain/case-finding/moderate-finding.js';
import { readFindingRequest, viewFinding } from '../../domain/case-finding/view-finding.js';
import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { caseScopeRecords } from '../case-scope-records.js';
import type { InteractionDeps } from '../interaction-deps.js';
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
  const viewed = await viewFinding(
    {
      findById: (id) => deps.stores.caseFindings.findById(id),
      forCase: (caseReference) => deps.stores.caseFindings.forCase(undefined, caseReference),
      ...caseScopeRecords(deps.stores),
      recordAudit: (event) => deps.stores.auditEvents.record(event),
    },
    idOrCaseReference,
    { actor: actorFor(message.person), commandId: `view:${message.person._id}:${now.toISOString()}`, now },
  );
  if (!viewed.ok) return viewed;
  if (!viewed.value.detail) {
    const { caseReference, findingCount } = viewed.value;
    return succeed(
      receipt(
        `Case ${caseReference}`,
        'the Challenge Day auditors',
        now,
        [{ title: 'Findings recorded', value: String(findingCount) }],
        'A finding’s grades and notes are shown only to those who need to know the case: QA managers, the auditors of its Challenge Day, the senior and district managers of its district, and the manager of the team that holds it.',
      ),
    );
  }
  const { finding } = viewed.value;
  const auditor = await deps.stores.people.findById(finding.auditorId);
  return succeed(
    receipt(`Case finding ${finding.caseReference}`, auditor?.displayName ?? 'an auditor', finding.submittedAt, [
      { title: 'Overall grade', value: OFSTED_GRADE_LABELS[finding.overallGrade] },
      ...(finding.moderation
        ? [{ title: 'Moderated overall', value: OFSTED_GRADE_LABELS[finding.moderation.overallGrade] }]
        : []),
      ...Object.entries(finding.domains).map(([domain, graded]) => ({
        title: AUDIT_DOMAIN_LABELS[domain as AuditDomain],
        value: `${OFSTED_GRADE_LABELS[graded.grade]}${graded.comment ? ` — ${graded.comment}` : ''}`,
      })),
      ...(finding.strengths ? [{ title: 'Strengths', value: finding.strengths }] : []),
      ...(finding.areasForImprovement ? [{ title: 'Areas for improvement', value: finding.areasForImprovement }] : []),
      { title: 'Immediate safeguarding concern', value: finding.safeguardingConcern.raised ? 'Raised' : 'None' },
    ]),
  );
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
          value: `${OFSTED_GRADE_LABELS[finding.overallGrade]} → ${OFSTED_GRADE_LABELS[finding.moderation?.overallGrade ?? finding.overallGrade]}`,
        },
        ...Object.entries(finding.moderation?.domainGrades ?? {}).map(([domain, grade]) => ({
          title: AUDIT_DOMAIN_LABELS[domain as AuditDomain],
          value: `${OFSTED_GRADE_LABELS[finding.domains[domain as AuditDomain].grade]} → ${OFSTED_GRADE_LABELS[grade]}`,
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
