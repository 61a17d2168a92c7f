import type { CaseHandbackPorts } from '../domain/case-handback/hand-back-cases.js';
import type { Stores } from '../store/stores.js';
import { caseScopeRecords } from './case-scope-records.js';

/** The stored records a verified report's cases are handed back from (domain/case-handback/hand-back-cases.ts). */
export function caseHandbackPorts(stores: Stores): CaseHandbackPorts {
  // The same records that say who needs to know a case say whom its findings go to.
  return {
    findingsOfDay: (id) => stores.caseFindings.forChallengeDay(id),
    ...caseScopeRecords(stores),
    withRoleInDistrict: (role, districtId) => stores.people.withRoleInDistrict(role, districtId),
    actionsOf: async (report) =>
      (await Promise.all(report.actionIds.map((id) => stores.actions.findById(id)))).flatMap((action) =>
        action ? [action] : [],
      ),
    saveOnce: (handback) => stores.caseHandbacks.saveOnce(handback),
  };
}
