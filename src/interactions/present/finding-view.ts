import { displayDateTime } from '../../cards/display-time.js';
import { AUDIT_DOMAIN_LABELS, type AuditDomain } from '../../domain/case-finding/audit-domains.js';
import { OFSTED_GRADE_LABELS } from '../../domain/case-finding/grades.js';
import { viewFinding } from '../../domain/case-finding/view-finding.js';
import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { caseScopeRecords } from '../case-scope-records.js';
import type { InteractionDeps } from '../interaction-deps.js';
import type { Reply } from '../reply.js';
import { answer } from './message-cards.js';

/**
 * A finding — by its id, or the newest for a case reference — in full to those who may read it, each view
 * recorded in the audit trail; its reference and a count to anyone else who may know of it.
 */
export async function findingView(
  deps: InteractionDeps,
  person: Person,
  idOrCaseReference: string,
  commandId: string,
  now: Date,
): Promise<Outcome<Reply>> {
  const viewed = await viewFinding(
    {
      findById: (id) => deps.stores.caseFindings.findById(id),
      forCase: (caseReference) => deps.stores.caseFindings.forCase(undefined, caseReference),
      ...caseScopeRecords(deps.stores),
      recordAudit: (event) => deps.stores.auditEvents.record(event),
    },
    idOrCaseReference,
    { actor: actorFor(person), commandId, now },
  );
  if (!viewed.ok) return viewed;
  if (!viewed.value.detail) {
    const { caseReference, findingCount } = viewed.value;
    return succeed(
      answer(
        `Case ${caseReference}`,
        [{ title: 'Findings recorded', value: String(findingCount) }],
        'A finding’s grades and notes are shown only to those who need to know the case: QA managers, the auditors of its Challenge Day, the senior and district managers of its district, and the manager of the team that holds it.',
      ),
    );
  }
  const { finding } = viewed.value;
  const auditor = await deps.stores.people.findById(finding.auditorId);
  return succeed(
    answer(
      `Case finding ${finding.caseReference}`,
      [
        { title: 'Overall grade', value: OFSTED_GRADE_LABELS[finding.overallGrade] },
        ...(finding.moderation
          ? [{ title: 'Moderated overall', value: OFSTED_GRADE_LABELS[finding.moderation.overallGrade] }]
          : []),
        ...Object.entries(finding.domains).map(([domain, graded]) => ({
          title: AUDIT_DOMAIN_LABELS[domain as AuditDomain],
          value: `${OFSTED_GRADE_LABELS[graded.grade]}${graded.comment ? ` — ${graded.comment}` : ''}`,
        })),
        ...(finding.strengths ? [{ title: 'Strengths', value: finding.strengths }] : []),
        ...(finding.areasForImprovement
          ? [{ title: 'Areas for improvement', value: finding.areasForImprovement }]
          : []),
        { title: 'Immediate safeguarding concern', value: finding.safeguardingConcern.raised ? 'Raised' : 'None' },
        ...(finding.safeguardingConcern.reason
          ? [{ title: 'The concern', value: finding.safeguardingConcern.reason }]
          : []),
      ],
      '',
      `Recorded by ${auditor?.displayName ?? 'an auditor'}, ${displayDateTime(finding.submittedAt)}`,
    ),
  );
}
