import type { CaseSamplePorts } from '../domain/sampling/draw-case-sample.js';
import type { Stores } from '../store/stores.js';

/** The stores behind drawing a day's case sample. */
export function caseSamplePorts(stores: Stores): CaseSamplePorts {
  return {
    findChallengeDay: (id) => stores.challengeDays.findById(id),
    findPeople: async (ids) =>
      (await Promise.all(ids.map((id) => stores.people.findById(id)))).flatMap((found) => (found ? [found] : [])),
    currentCaseList: (districtId) => stores.caseLists.currentFor(districtId),
    teamsOf: (districtId) => stores.teams.inDistrict(districtId),
    sampledSince: (districtId, since, except) => stores.caseSamples.referencesSampledSince(districtId, since, except),
    saveSample: (sample) => stores.caseSamples.saveOnce(sample),
    recordAudit: (event) => stores.auditEvents.record(event),
  };
}
