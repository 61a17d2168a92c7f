import type { PersonChange } from '../domain/people/manage-person.js';
import type { Person } from '../domain/people/person.js';
import { refuse, succeed, type Outcome } from '../domain/shared/domain-error.js';
import { StoreError } from './store-errors.js';
import { isDuplicateKey } from './validated-collection.js';
import type { Stores } from './stores.js';

/**
 * Whether a save was refused because another record holds what this one claims: the email (unique index)
 * or a platform identity. Such a refusal wrote nothing, so it is safe to tell the person and stop.
 */
export function heldByAnotherRecord(error: unknown): boolean {
  return (error instanceof StoreError && error.reason === 'identity_taken') || isDuplicateKey(error);
}

/**
 * Stores a change a manager made to someone's record and its audit event. Another record with the same
 * email (someone added it a moment ago, or the file names it twice) is refused with a sentence for the
 * manager, and nothing is written.
 */
export async function savePersonChange(
  stores: Pick<Stores, 'people' | 'auditEvents'>,
  change: PersonChange,
): Promise<Outcome<Person>> {
  let saved: Person;
  try {
    saved = await stores.people.save(change.person);
  } catch (error) {
    if (!heldByAnotherRecord(error)) throw error;
    return refuse('conflict', `Someone else is registered with ${change.person.email ?? 'that email'} already.`);
  }
  await stores.auditEvents.record(change.audit);
  return succeed(saved);
}
