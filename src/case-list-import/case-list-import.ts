/**
 * Importing a district's open-case list from the case system's CSV export, for both doors it comes in by: a
 * file sent to the bot in chat (interactions/handle-chat-file.ts, then the Apply button) and the command line
 * (scripts/import-cases.ts).
 *
 * 1. planCaseListImport(stores, csvText, options) — the dry run: every row checked, by its line (domain/case-list).
 *    Writes nothing.
 * 2. keepCaseList(stores, plan, upload) — keeps the rows that passed (only those: a refused row's contents are
 *    never stored) as a pending list, for the Apply button to name.
 * 3. applyCaseList (domain/case-list/apply-case-list.ts) with caseListPorts(stores) — makes it the district's
 *    current list, replacing the one before, audited.
 */
import type { CaseList } from '../domain/case-list/case-list.js';
import type { ApplyCaseListPorts } from '../domain/case-list/apply-case-list.js';
import { planCaseList, type CaseListPlan } from '../domain/case-list/plan-case-list.js';
import { readCaseFile } from '../domain/case-list/read-case-file.js';
import type { Outcome } from '../domain/shared/domain-error.js';
import { isoFromCalendarDate, londonCalendarDate } from '../domain/shared/london-time.js';
import { newId } from '../domain/shared/new-id.js';
import type { Stores } from '../store/stores.js';

type ImportStores = Pick<Stores, 'districts' | 'teams' | 'caseLists' | 'auditEvents'>;

/** The dry run of a case file against the districts and their teams as they are now. */
export async function planCaseListImport(
  stores: ImportStores,
  csvText: string,
  options: { readonly districtId?: string; readonly now: Date },
): Promise<Outcome<CaseListPlan>> {
  const file = readCaseFile(csvText);
  if (!file.ok) return file;
  const districts = await stores.districts.active();
  const teams = (await Promise.all(districts.map((district) => stores.teams.inDistrict(district._id)))).flat();
  return planCaseList(file.value, {
    districts,
    teams,
    ...(options.districtId ? { districtId: options.districtId } : {}),
    today: isoFromCalendarDate(londonCalendarDate(options.now)),
  });
}

/** Keeps a planned list's good rows, pending until someone applies it. */
export async function keepCaseList(
  stores: ImportStores,
  plan: CaseListPlan,
  upload: { readonly fileName: string; readonly uploadedBy: string; readonly now: Date },
): Promise<CaseList> {
  return stores.caseLists.save({
    _id: newId('caselist'),
    districtId: plan.districtId,
    fileName: upload.fileName,
    uploadedBy: upload.uploadedBy,
    uploadedAt: upload.now,
    rowCount: plan.rowCount,
    cases: [...plan.cases],
    refused: [...plan.refused],
  });
}

/** The stores behind applying a list. */
export function caseListPorts(stores: ImportStores): ApplyCaseListPorts {
  return {
    findList: (id) => stores.caseLists.findById(id),
    currentFor: (districtId) => stores.caseLists.currentFor(districtId),
    markApplied: (id, by, at) => stores.caseLists.markApplied(id, by, at),
    removeReplaced: (current) => stores.caseLists.removeReplaced(current),
    recordAudit: (event) => stores.auditEvents.record(event),
  };
}
