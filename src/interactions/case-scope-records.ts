import type { CaseScopeRecords } from '../domain/case-detail/case-scope.js';
import type { Stores } from '../store/stores.js';

/** The stored records that say who needs to know a case (domain/case-detail/case-scope.ts). */
export function caseScopeRecords(stores: Stores): CaseScopeRecords {
  return {
    findDay: (id) => stores.challengeDays.findById(id),
    sampleOfDay: (id) => stores.caseSamples.forChallengeDay(id),
    teamsInDistrict: (id) => stores.teams.inDistrict(id),
    findPerson: (id) => stores.people.findById(id),
  };
}
