import Fuse from 'fuse.js';
import type { District } from '../districts/district.js';
import { plainWords } from './read-message.js';

/** Which of a district's names the question used; a MAT locality name means the MAT audience. */
export type DistrictNameKind = 'name' | 'mat_locality' | 'alias';

/** The district a question names, several it could mean, or none. `matched` are the words that named it. */
export type DistrictMatch =
  | {
      readonly kind: 'found';
      readonly district: District;
      readonly via: DistrictNameKind;
      readonly matched: readonly string[];
    }
  | {
      readonly kind: 'ambiguous';
      readonly candidates: readonly District[];
      readonly said: string;
      readonly matched: readonly string[];
    }
  | { readonly kind: 'none' };

interface Term {
  readonly text: string;
  readonly district: District;
  readonly via: DistrictNameKind;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly tier: number;
  readonly score: number;
  readonly term: Term;
}

/** How people shorten the words of district names ("NE Derbyshire", "S Derbys"). */
const WORD_SHORTHAND: Record<string, string> = {
  n: 'north',
  nth: 'north',
  ne: 'north east',
  'n.e': 'north east',
  'n.e.': 'north east',
  s: 'south',
  sth: 'south',
  e: 'east',
  derbys: 'derbyshire',
  dbys: 'derbyshire',
  '&': 'and',
};
/** Words that never start or end a district name in a question. */
const EDGE_WORDS = new Set([
  'for',
  'in',
  'the',
  'of',
  'and',
  'at',
  'to',
  'a',
  'on',
  'from',
  'by',
  'with',
  'district',
  'locality',
  'area',
]);
/** Words too common to name a district when said alone. */
const TOO_COMMON = new Set(['district', 'locality', 'north', 'south', 'east', 'west', 'valley']);
const MAX_SPAN_WORDS = 5;
const FUZZY_THRESHOLD = 0.3;
const MIN_FUZZY_LENGTH = 5;

/**
 * Finds the district a question names, by its name, its MAT locality's name or an alias, allowing for
 * shorthand ("NE Derbyshire", "S Derbys"), initials ("NED") and small misspellings ("Chesterfeild").
 * Fuzzy matching is fuse.js's; short words must match exactly, so "new" never becomes "NED". A word
 * that is only part of several names ("Derbyshire") is reported as ambiguous, never guessed.
 */
export function findDistrict(words: string, districts: readonly District[]): DistrictMatch {
  const terms = districts.flatMap(termsOf);
  const fuse = new Fuse(terms, {
    keys: ['text'],
    includeScore: true,
    threshold: FUZZY_THRESHOLD,
    ignoreLocation: true,
    ignoreFieldNorm: true,
  });
  const tokens = words.split(' ').filter(Boolean);
  const candidates: Candidate[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    for (let end = start + 1; end <= Math.min(tokens.length, start + MAX_SPAN_WORDS); end += 1) {
      const span = tokens.slice(start, end);
      if (EDGE_WORDS.has(span[0] ?? '') || EDGE_WORDS.has(span[span.length - 1] ?? '')) continue;
      candidates.push(...candidatesFor(normaliseName(span.join(' ')), start, end, terms, fuse));
    }
  }
  const full = candidates.filter((candidate) => candidate.tier < 2);
  const chosen = choose(full.length > 0 ? full : candidates);
  if (chosen.length === 0) return { kind: 'none' };
  const matched = [...new Set(chosen.map((candidate) => tokens.slice(candidate.start, candidate.end).join(' ')))];
  const districtsFound = [
    ...new Map(chosen.map((candidate) => [candidate.term.district._id, candidate.term.district])).values(),
  ];
  const [only] = districtsFound;
  if (districtsFound.length === 1 && only) {
    const best = chosen.find((candidate) => candidate.term.district._id === only._id);
    return { kind: 'found', district: only, via: best?.term.via ?? 'name', matched };
  }
  return { kind: 'ambiguous', candidates: districtsFound, said: matched.join(', '), matched };
}

function candidatesFor(
  span: string,
  start: number,
  end: number,
  terms: readonly Term[],
  fuse: Fuse<Term>,
): Candidate[] {
  const exact = terms.filter((term) => term.text === span);
  if (exact.length > 0) return exact.map((term) => ({ start, end, tier: 0, score: 0, term }));
  if (span.length < MIN_FUZZY_LENGTH) return [];
  const fuzzy = fuse
    .search(span)
    .filter((result) => (result.score ?? 1) <= FUZZY_THRESHOLD)
    .filter((result) => span.length / result.item.text.length >= 0.75 && span.length / result.item.text.length <= 1.34)
    .map((result) => ({ start, end, tier: 1, score: result.score ?? 1, term: result.item }));
  if (fuzzy.length > 0) return fuzzy;
  if (TOO_COMMON.has(span)) return [];
  return terms
    .filter((term) => ` ${term.text} `.includes(` ${span} `))
    .map((term) => ({ start, end, tier: 2, score: 0, term }));
}

/** The longest, best-matching spans that do not overlap, each with every term it matched equally well. */
function choose(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.tier - b.tier || a.score - b.score,
  );
  const chosen: Candidate[] = [];
  for (const candidate of ranked) {
    const sameSpan = chosen.find((other) => other.start === candidate.start && other.end === candidate.end);
    if (sameSpan) {
      if (candidate.tier === sameSpan.tier && candidate.score - sameSpan.score <= 0.05) chosen.push(candidate);
      continue;
    }
    if (chosen.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    chosen.push(candidate);
  }
  return chosen;
}

function termsOf(district: District): Term[] {
  const named = (text: string, via: DistrictNameKind): Term => ({ text: normaliseName(text), district, via });
  const terms = [named(district.name, 'name'), named(district.matLocality, 'mat_locality')];
  terms.push(...district.aliases.map((alias) => named(alias, 'alias')));
  const words = normaliseName(district.name).split(' ');
  if (words.length > 1) terms.push({ text: words.map((word) => word[0]).join(''), district, via: 'alias' });
  return terms;
}

/** One spelling for a name: plain lower-case words, shorthand written out, no leading "the". */
export function normaliseName(text: string): string {
  return plainWords(text)
    .split(' ')
    .map((word) => WORD_SHORTHAND[word] ?? word)
    .join(' ')
    .replace(/^the /, '');
}
