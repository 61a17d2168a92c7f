import type { DistrictHistory } from '../../domain/districts/retire-district.js';
import type { Stores } from '../../store/stores.js';

type HistoryStores = Pick<Stores, 'challengeDays' | 'actions' | 'conversationLinks' | 'teams' | 'people'>;

/**
 * Whether anything refers to the district: a Challenge Day, an action, a linked conversation, a team or a
 * person. Each is one indexed lookup that stops at the first record found.
 */
export async function districtHistory(stores: HistoryStores, districtId: string): Promise<DistrictHistory> {
  const found = await Promise.all([
    stores.challengeDays.anyInDistrict(districtId),
    stores.actions.anyInDistrict(districtId),
    stores.conversationLinks.anyForDistrict(districtId),
    stores.teams.inDistrict(districtId).then((teams) => teams.length > 0),
    stores.people.inDistrictByName(districtId, 1).then((people) => people.length > 0),
  ]);
  return { hasHistory: found.some(Boolean) };
}
