import type { District } from '../districts/district.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { PersonDetails } from './person-details.js';
import type { Person } from './person.js';

/**
 * Whether the districts and the line manager a person's details name are real and current: a card sends
 * ids, and a changed or hand-made card could send any. A retired district, a manager who has left, or the
 * person as their own manager is refused with what to choose instead.
 */
export function checkPersonReferences(
  details: PersonDetails,
  known: { readonly districts: readonly District[]; readonly manager: Person | null; readonly personId?: string },
): Outcome<true> {
  const current = new Set(known.districts.filter((district) => !district.retiredAt).map((district) => district._id));
  if (details.districtIds.some((id) => !current.has(id))) {
    return refuse('invalid_input', 'One of those districts was not found: choose the districts from the list.');
  }
  if (!details.managerId) return succeed(true);
  if (!known.manager || known.manager.leftAt) {
    return refuse(
      'invalid_input',
      'That line manager was not found among the people registered now: choose from the list.',
    );
  }
  if (known.manager._id === known.personId) return refuse('invalid_input', 'Someone cannot be their own line manager.');
  return succeed(true);
}
