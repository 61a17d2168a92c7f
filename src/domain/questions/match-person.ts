import Fuse from 'fuse.js';
import type { KnownPerson } from './query.js';
import { plainWords } from './read-message.js';

/** The person a phrase names, several it could mean, or none. */
export type PersonMatch =
  | { readonly kind: 'found'; readonly person: KnownPerson }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly KnownPerson[] }
  | { readonly kind: 'none' };

interface NameEntry {
  readonly text: string;
  readonly person: KnownPerson;
}

const FUZZY_THRESHOLD = 0.3;
const MIN_LENGTH = 3;

/**
 * Finds an action owner by name among the people the asker may ask about: the full display name, or a
 * first name or surname alone, with small misspellings allowed (fuse.js). A name that fits more than
 * one person ("Sam") is ambiguous, so the asker picks; the bot never guesses whose actions to show.
 */
export function matchPerson(phrase: string, people: readonly KnownPerson[]): PersonMatch {
  const wanted = plainWords(phrase);
  if (wanted.length < MIN_LENGTH) return { kind: 'none' };
  const exact = people.filter((person) => plainWords(person.displayName) === wanted);
  if (exact.length > 0) return resultOf(exact);

  const entries: NameEntry[] = people.flatMap((person) => {
    const full = plainWords(person.displayName);
    const parts = full.split(' ').filter((part) => part.length >= MIN_LENGTH);
    return [full, ...(parts.length > 1 ? parts : [])].map((text) => ({ text, person }));
  });
  const partExact = entries.filter((entry) => entry.text === wanted).map((entry) => entry.person);
  if (partExact.length > 0) return resultOf(partExact);

  const fuse = new Fuse(entries, {
    keys: ['text'],
    includeScore: true,
    threshold: FUZZY_THRESHOLD,
    ignoreLocation: true,
    ignoreFieldNorm: true,
  });
  const close = fuse
    .search(wanted)
    .filter(
      (result) => wanted.length / result.item.text.length >= 0.75 && wanted.length / result.item.text.length <= 1.34,
    );
  const best = close[0]?.score;
  if (best === undefined) return { kind: 'none' };
  return resultOf(close.filter((result) => (result.score ?? 1) - best <= 0.05).map((result) => result.item.person));
}

function resultOf(people: readonly KnownPerson[]): PersonMatch {
  const distinct = [...new Map(people.map((person) => [person.id, person])).values()];
  const [only] = distinct;
  if (distinct.length === 1 && only) return { kind: 'found', person: only };
  return { kind: 'ambiguous', candidates: distinct };
}
