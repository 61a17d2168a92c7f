import type { Stores } from '../../store/stores.js';

/** Display names for person ids, for the cards; an id nobody knows shows as "someone no longer registered". */
export async function peopleNames(stores: Pick<Stores, 'people'>, ids: Iterable<string>): Promise<Map<string, string>> {
  const names = new Map<string, string>([['system', 'Challenge Day bot']]);
  const wanted = [...new Set(ids)].filter((id) => !names.has(id));
  const found = new Map((await stores.people.findByIds(wanted)).map((person) => [person._id, person.displayName]));
  for (const id of wanted) names.set(id, found.get(id) ?? 'someone no longer registered');
  return names;
}
