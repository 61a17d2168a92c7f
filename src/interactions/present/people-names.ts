import type { Stores } from '../../store/stores.js';

/** Display names for person ids, for the cards; an id nobody knows shows as "someone no longer registered". */
export async function peopleNames(stores: Pick<Stores, 'people'>, ids: Iterable<string>): Promise<Map<string, string>> {
  const names = new Map<string, string>([['system', 'Challenge Day bot']]);
  for (const id of new Set(ids)) {
    if (names.has(id)) continue;
    const person = await stores.people.findById(id);
    names.set(id, person?.displayName ?? 'someone no longer registered');
  }
  return names;
}
