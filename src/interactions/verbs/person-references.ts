import { checkPersonReferences } from '../../domain/people/person-references.js';
import type { PersonDetails } from '../../domain/people/person-details.js';
import type { Outcome } from '../../domain/shared/domain-error.js';
import type { Stores } from '../../store/stores.js';

/** Reads the districts and line manager a submitted person form names, and checks they are real and current. */
export async function personReferencesHold(
  stores: Pick<Stores, 'people' | 'districts'>,
  details: PersonDetails,
  personId?: string,
): Promise<Outcome<true>> {
  const [districts, manager] = await Promise.all([
    stores.districts.all(),
    details.managerId ? stores.people.findById(details.managerId) : null,
  ]);
  return checkPersonReferences(details, { districts, manager, ...(personId ? { personId } : {}) });
}
