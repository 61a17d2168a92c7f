import type { CaseHandbackPorts } from '../domain/case-handback/hand-back-cases.js';
import type { Stores } from '../store/stores.js';

/** The stored records a verified report's cases are handed back from (domain/case-handback/hand-back-cases.ts). */
export function caseHandbackPorts(stores: Stores): CaseHandbackPorts {
  return {
    findingsOfDay: (id) => stores.caseFindings.forChallengeDay(id),
    sampleOfDay: (id) => stores.caseSamples.forChallengeDay(id),
    teamsInDistrict: (id) => stores.teams.inDistrict(id),
    findPerson: (id) => stores.people.findById(id),
    withRoleInDistrict: (role, districtId) => stores.people.withRoleInDistrict(role, districtId),
    actionsOf: async (report) =>
      (await Promise.all(report.actionIds.map((id) => stores.actions.findById(id)))).flatMap((action) =>
        action ? [action] : [],
      ),
    saveOnce: (handback) => stores.caseHandbacks.saveOnce(handback),
  };
}
