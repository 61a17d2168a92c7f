import { checkChosenPeople, type ChosenPeople } from '../../domain/people/chosen-people.js';
import { succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { Stores } from '../../store/stores.js';
import { countyDistricts } from './county-districts.js';

/**
 * The people a form submitted, checked against the database: each must exist and be someone its picker
 * could offer (checkChosenPeople). Refused field by field, so the form comes back with the error beside
 * the picker.
 */
export async function chosenPeopleAllowed(stores: Stores, chosen: readonly ChosenPeople[]): Promise<Outcome<true>> {
  const ids = chosen.flatMap((field) => field.ids);
  if (ids.length === 0) return succeed(true);
  const [found, districts] = await Promise.all([stores.people.findByIds(ids), countyDistricts(stores)]);
  return checkChosenPeople(chosen, found, districts);
}
