import type { District } from '../districts/district.js';
import type { KnownPerson, UnclearQuestion } from './query.js';

/** The most questions an unclear answer offers: a short answer, not a menu. */
export const MOST_SUGGESTIONS = 3;

/** An answer that says what was understood and offers questions to ask instead; never more than three. */
export function unclear(understood: string, suggestions: readonly string[]): UnclearQuestion {
  return { kind: 'unclear', understood, suggestions: [...new Set(suggestions)].slice(0, MOST_SUGGESTIONS) };
}

/** "North East Derbyshire, South Derbyshire or Derbyshire Dales" */
export function listOf(names: readonly string[], last: 'or' | 'and' = 'or'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${last} ${names[names.length - 1]}`;
}

/** The sentence for a name that fits several districts, or for a question that names several. */
export function severalDistricts(
  understood: string,
  match: { readonly said: string; readonly matched: readonly string[]; readonly candidates: readonly District[] },
): string {
  const names = match.candidates.map((district) => district.name);
  if (match.matched.length > 1) {
    return `I understood “${understood}” for ${listOf(names, 'and')}, but I answer for one district at a time.`;
  }
  return `I understood “${understood}”, but “${match.said}” could be ${listOf(names)}.`;
}

/** The sentence for a name that fits several people. */
export function severalPeople(understood: string, said: string, candidates: readonly KnownPerson[]): string {
  return `I understood “${understood}”, but “${said}” could be ${listOf(candidates.map((person) => person.displayName))}.`;
}
