import type { AuditEvent } from '../audit/audit-event.js';
import { hasRole, worksInDistrict, type Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { CaseFinding } from './case-finding.js';
import { checkCaseReference } from './case-reference.js';

export interface FindingViewPorts {
  findById(id: string): Promise<CaseFinding | null>;
  forCase(caseReference: string): Promise<CaseFinding[]>;
  recordAudit(event: AuditEvent): Promise<void>;
}

/**
 * Who may read a finding: QA managers any; partner-agency members (police, health) only their own; everyone
 * else the findings of the districts they work in.
 */
export function mayReadFinding(actor: Actor, finding: CaseFinding): boolean {
  if (hasRole(actor, 'qa_manager')) return true;
  if (hasRole(actor, 'partner_agency')) return finding.auditorId === actor.id;
  return worksInDistrict(actor, finding.districtId);
}

/**
 * Shows one finding in full — by its id, or the newest one the person may read for a case reference — and
 * records who viewed it in the audit trail. A finding the person may not read is "not found", so its
 * existence is not revealed.
 */
export async function viewFinding(
  ports: FindingViewPorts,
  idOrCaseReference: string,
  context: { actor: Actor; commandId: string; now: Date },
): Promise<Outcome<CaseFinding>> {
  const isId = idOrCaseReference.startsWith('finding-');
  // A reference is checked before it is looked up, so a name or an NHS number typed in its place is never
  // repeated back in the answer.
  const reference = isId ? null : checkCaseReference(idOrCaseReference);
  if (reference && !reference.ok) return refuse('invalid_input', reference.message);
  const candidates = reference?.ok
    ? await ports.forCase(reference.reference)
    : [await ports.findById(idOrCaseReference)].flatMap((found) => (found ? [found] : []));
  const finding = candidates.find((candidate) => mayReadFinding(context.actor, candidate));
  if (!finding) return refuse('not_found', `No finding ${idOrCaseReference} was found among those you may read.`);
  await ports.recordAudit({
    _id: `case_finding:${finding._id}:view:${context.commandId}`.slice(0, 300),
    entityKind: 'case_finding',
    entityId: finding._id,
    transition: 'view',
    actorId: context.actor.id,
    at: context.now,
    commandId: context.commandId,
    before: 'submitted',
    after: 'submitted',
  });
  return succeed(finding);
}

/** "show finding CR-104233", "finding finding-abc…". Null when the message is not asking for a finding. */
export function readFindingRequest(text: string): string | null {
  const match = /^\s*(?:show\s+|open\s+|view\s+)?(?:the\s+)?finding\s+(?:for\s+)?(\S+)\s*$/i.exec(text);
  return match?.[1] ?? null;
}
