import type { AuditEvent } from '../audit/audit-event.js';
import { scopeOfCase, type CaseScopeRecords } from '../case-detail/case-scope.js';
import { mayKnowOfFinding, mayReadFindingDetail } from '../case-detail/permissions.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { CaseFinding } from './case-finding.js';
import { checkCaseReference } from './case-reference.js';
import { caseTagOf } from './case-tag.js';

export interface FindingViewPorts extends CaseScopeRecords {
  findById(id: string): Promise<CaseFinding | null>;
  forCase(caseReference: string): Promise<CaseFinding[]>;
  recordAudit(event: AuditEvent): Promise<void>;
}

/** A finding in full, for those who need to know the case; its reference and a count for anyone else. */
export type FindingView =
  | { readonly detail: true; readonly finding: CaseFinding }
  | { readonly detail: false; readonly caseReference: string; readonly findingCount: number };

/**
 * Shows a finding — by its id, or the newest one for a case reference — in full to someone who needs to
 * know the case (case-detail/permissions.ts), recording the view in the audit trail; to anyone else who
 * works in its district, only its reference and how many findings there are. A finding the person may not
 * know of is "not found", so its existence is not revealed.
 */
export async function viewFinding(
  ports: FindingViewPorts,
  idOrCaseReference: string,
  context: { actor: Actor; commandId: string; now: Date },
): Promise<Outcome<FindingView>> {
  const isId = idOrCaseReference.startsWith('finding-');
  // A reference is checked before it is looked up, so a name or an NHS number typed in its place is never
  // repeated back in the answer.
  const reference = isId ? null : checkCaseReference(idOrCaseReference);
  if (reference && !reference.ok) return refuse('invalid_input', reference.message);
  const candidates = reference?.ok
    ? await ports.forCase(reference.reference)
    : [await ports.findById(idOrCaseReference)].flatMap((found) => (found ? [found] : []));
  const judged = await Promise.all(
    candidates.map(async (candidate) => {
      const scope = await scopeOfCase(ports, candidate, candidate.caseReference);
      return { candidate, detail: mayReadFindingDetail(context.actor, candidate, scope) };
    }),
  );
  const known = judged.filter(({ candidate, detail }) => detail || mayKnowOfFinding(context.actor, candidate));
  const first = known[0];
  if (!first) return refuse('not_found', `No finding ${idOrCaseReference} was found among those you may read.`);
  const finding = known.find(({ detail }) => detail)?.candidate;
  if (!finding) {
    return succeed({ detail: false, caseReference: first.candidate.caseReference, findingCount: known.length });
  }
  await ports.recordAudit(findingViewEvent(finding, context));
  return succeed({ detail: true, finding });
}

/** The audit event of one view of a finding in full. */
export function findingViewEvent(
  finding: CaseFinding,
  context: { actor: Actor; commandId: string; now: Date },
  note?: string,
): AuditEvent {
  return {
    _id: `case_finding:${finding._id}:view:${context.commandId}`.slice(0, 300),
    entityKind: 'case_finding',
    entityId: finding._id,
    transition: 'view',
    actorId: context.actor.id,
    at: context.now,
    commandId: context.commandId,
    before: 'submitted',
    after: 'submitted',
    ...(note ? { note } : {}),
    ...caseTagOf(finding),
  };
}

/** "show finding CR-104233", "finding finding-abc…". Null when the message is not asking for a finding. */
export function readFindingRequest(text: string): string | null {
  const match = /^\s*(?:show\s+|open\s+|view\s+)?(?:the\s+)?finding\s+(?:for\s+)?(\S+)\s*$/i.exec(text);
  return match?.[1] ?? null;
}
