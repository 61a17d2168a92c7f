import type { AuditEvent } from '../audit/audit-event.js';
import { auditEventId } from '../audit/audit-event.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { formatLondon } from '../shared/london-time.js';
import type { CaseList } from './case-list.js';
import { caseListCounts, countsInWords } from './case-list-counts.js';
import { mayImportCaseLists } from './permissions.js';

export interface ApplyCaseListPorts {
  findList(id: string): Promise<CaseList | null>;
  currentFor(districtId: string): Promise<CaseList | null>;
  /** Null when it was applied already. */
  markApplied(id: string, by: string, at: Date): Promise<CaseList | null>;
  removeReplaced(current: CaseList): Promise<number>;
  recordAudit(event: AuditEvent): Promise<void>;
}

export type AppliedCaseList =
  | { readonly kind: 'applied'; readonly list: CaseList; readonly replaced: CaseList | null }
  | { readonly kind: 'applied_already'; readonly list: CaseList };

const AUDIT_NOTE_MAX = 4000;

/**
 * A case list's Apply: the pending list becomes the district's current one, replacing the one before (which
 * goes), once however often it is pressed, audited as the person's (counts only: the audit trail holds no
 * list of a district's cases).
 */
export async function applyCaseList(
  ports: ApplyCaseListPorts,
  listId: string,
  context: { actor: Actor; commandId: string; now: Date },
): Promise<Outcome<AppliedCaseList>> {
  const allowed = mayImportCaseLists(context.actor);
  if (!allowed.ok) return allowed;
  const pending = await ports.findList(listId);
  if (!pending) return refuse('not_found', 'That case list was not found. Send the file again.');
  if (pending.appliedAt) return succeed({ kind: 'applied_already', list: pending });
  const previous = await ports.currentFor(pending.districtId);
  const applied = await ports.markApplied(pending._id, context.actor.id, context.now);
  if (!applied) {
    const list = await ports.findList(listId);
    return list ? succeed({ kind: 'applied_already', list }) : refuse('not_found', 'That case list was not found.');
  }
  await ports.removeReplaced(applied);
  const counts = caseListCounts(applied.cases);
  const note = [
    `${applied.cases.length} open cases from ${applied.fileName} (${applied.rowCount} rows, ${applied.refused.length} refused)`,
    `by type: ${countsInWords(counts.byType)}`,
    `by team: ${countsInWords(counts.byTeam)}`,
    previous
      ? `replaces the list applied ${previous.appliedAt ? formatLondon(previous.appliedAt) : ''} (${previous.cases.length} cases)`
      : 'the district’s first case list',
  ].join('; ');
  await ports.recordAudit({
    _id: auditEventId('case_list', applied._id, 1),
    entityKind: 'case_list',
    entityId: applied._id,
    transition: 'apply',
    actorId: context.actor.id,
    at: context.now,
    commandId: context.commandId,
    before: previous ? previous._id : 'none',
    after: 'current',
    note: note.length > AUDIT_NOTE_MAX ? `${note.slice(0, AUDIT_NOTE_MAX - 1)}…` : note,
    districtId: applied.districtId,
  });
  return succeed({ kind: 'applied', list: applied, replaced: previous });
}
