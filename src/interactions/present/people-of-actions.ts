import type { Action } from '../../domain/action/action.js';
import type { ActionPeople } from '../../domain/action/whose-turn.js';
import type { Person } from '../../domain/people/person.js';
import type { Stores } from '../../store/stores.js';

/**
 * The managers who may be asked to decide on each of many actions (as actionPeople reads them for one), each
 * record read once: the county's district and senior managers in one read each (a few dozen people), and
 * each owner and line manager once, rather than four reads per action.
 */
export function peopleOfActions(stores: Pick<Stores, 'people'>): (action: Action) => Promise<ActionPeople> {
  const people = new Map<string, Promise<Person | null>>();
  const person = (id: string) => {
    const known = people.get(id);
    if (known) return known;
    const reading = stores.people.findById(id);
    people.set(id, reading);
    return reading;
  };
  // Read when first asked for: someone who decides nothing never needs them.
  let managers: Promise<{ district: Person[]; senior: Person[] }> | undefined;
  const countyManagers = () => {
    managers ??= Promise.all([
      stores.people.withRole('district_manager'),
      stores.people.withRole('senior_manager'),
    ]).then(([district, senior]) => ({ district, senior }));
    return managers;
  };
  const inDistrict = (people: readonly Person[], districtId: string) =>
    people.filter((manager) => manager.districtIds.includes(districtId));
  return async (action) => {
    const owner = await person(action.ownerId);
    const [ownersManager, { district, senior }] = await Promise.all([
      owner?.managerId ? person(owner.managerId) : null,
      countyManagers(),
    ]);
    return {
      ownersManager,
      districtManagers: inDistrict(district, action.districtId),
      seniorManagers: inDistrict(senior, action.districtId),
    };
  };
}
