import type { PeoplePickerData } from '../../cards/card-data.js';
import { pickerDataset, type PeoplePicker, type PickerScope } from '../../domain/people/people-pickers.js';
import type { Stores } from '../../store/stores.js';
import { countyDistricts } from './county-districts.js';
import { personChoice } from './search-people.js';

/** How many people a picker lists before anything is typed, besides those already chosen. */
const SUGGESTED = 15;

/**
 * A people picker for a form: it searches as the person types, and lists, before that, the people already
 * chosen (a form filled in again shows them by name, leavers included so the check on saving can say so)
 * followed by the first few it would offer; `limit` choices in all, to keep the card within its size.
 */
export async function peoplePickerData(
  stores: Stores,
  picker: PeoplePicker,
  scope: PickerScope,
  chosenIds: readonly string[],
  limit: number,
): Promise<PeoplePickerData> {
  const [chosen, suggested] = await Promise.all([
    stores.people.findByIds(chosenIds),
    countyDistricts(stores).then((districts) =>
      stores.people.searchByName({ text: '', ...scope, districts, limit: SUGGESTED }),
    ),
  ]);
  const chosenInOrder = chosenIds.flatMap((id) => chosen.filter((person) => person._id === id));
  const others = suggested.filter((person) => !chosenIds.includes(person._id));
  const choices = [...chosenInOrder, ...others].slice(0, limit).map(personChoice);
  return { dataset: pickerDataset(picker), choices };
}

/** The ids a multi-select's value holds ("a,b"), or a single select's. */
export function idsInValue(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
}
