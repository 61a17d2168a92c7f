import type { Choice } from '../../cards/vocabulary.js';
import { actorFor } from '../../domain/people/actor.js';
import {
  pickerScope,
  readPickerDataset,
  type PeoplePicker,
  type PickerRecord,
} from '../../domain/people/people-pickers.js';
import type { Person } from '../../domain/people/person.js';
import type { Stores } from '../../store/stores.js';
import { countyDistricts } from './county-districts.js';

/**
 * Answers a people picker's search as the person types, the same for Teams (the `application/search`
 * invoke) and Slack (an external select's options): at most 15 current people whose name has a word
 * starting with the typed text. The picker named by the client proves nothing: the bot loads the record it
 * names and offers only whom this person could choose on that form — nobody, and no sign that the record
 * exists, when they may not fill it in. A leaver searches nothing.
 */
export async function searchPeople(
  stores: Stores,
  person: Person,
  search: { readonly dataset: unknown; readonly typed: unknown },
): Promise<Choice[]> {
  if (person.leftAt) return [];
  const picker = readPickerDataset(search.dataset);
  if (!picker) return [];
  const scope = pickerScope(actorFor(person), picker, await pickerRecord(stores, picker));
  if (!scope) return [];
  const found = await stores.people.searchByName({
    text: typeof search.typed === 'string' ? search.typed : '',
    ...scope,
    districts: await countyDistricts(stores),
  });
  return found.map(personChoice);
}

/** A person as a picker offers them: their name, and their id as the value the form submits. */
export function personChoice(person: Person): Choice {
  return { title: person.displayName, value: person._id };
}

async function pickerRecord(stores: Stores, picker: PeoplePicker): Promise<PickerRecord> {
  switch (picker.kind) {
    case 'attendees':
    case 'auditors':
    case 'line_managers':
      return { kind: 'none' };
    case 'day_owners':
    case 'day_register':
      return { kind: 'day', day: await stores.challengeDays.findById(picker.challengeDayId) };
    case 'report_owners':
      return { kind: 'report', report: await stores.reports.findById(picker.reportId) };
    case 'hand_on':
      return { kind: 'person', person: await stores.people.findById(picker.personId) };
    case 'team_managers':
      return { kind: 'district', district: await stores.districts.findById(picker.districtId) };
    case 'action_owners':
      return { kind: 'action', action: await stores.actions.findById(picker.actionId) };
  }
}
