import type { CaseTag } from '../audit/audit-event.js';
import type { CaseFinding } from './case-finding.js';

/** What a finding's audit events say about its case, so the case's trail outlives the finding. */
export function caseTagOf(finding: Pick<CaseFinding, 'caseReference' | 'districtId'>): CaseTag {
  return { caseReferences: [finding.caseReference], districtId: finding.districtId };
}
