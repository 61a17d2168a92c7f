import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { Actor } from './actor.js';
import { mayManagePerson } from './permissions.js';
import type { Person } from './person.js';

/** Whom a manager means by a name: one person, or several of that name to choose between. */
export type Named =
  { readonly kind: 'one'; readonly person: Person } | { readonly kind: 'several'; readonly people: readonly Person[] };

/**
 * The people a manager may manage among those with the name they typed (matched exactly, without regard
 * to case, by the store). Nobody of that name is a clear "not found"; people of that name whom the manager
 * may not manage are refused with who can manage them, rather than listed.
 */
export function whoIsNamed(name: string, candidates: readonly Person[], actor: Actor): Outcome<Named> {
  if (candidates.length === 0) {
    return refuse(
      'not_found',
      `Nobody called “${name}” is registered. Check the spelling, or look in “people in” their district.`,
    );
  }
  const decisions = candidates.map((person) => ({
    person,
    may: mayManagePerson(actor, { before: person, after: person }),
  }));
  const manageable = decisions.filter(({ may }) => may.ok).map(({ person }) => person);
  // None of them is the manager's: the first refusal says why, and who can change their record.
  const refused = decisions.find(({ may }) => !may.ok)?.may;
  if (manageable.length === 0 && refused && !refused.ok) return refused;
  const [only] = manageable;
  return manageable.length === 1 && only
    ? succeed({ kind: 'one', person: only })
    : succeed({ kind: 'several', people: manageable });
}
