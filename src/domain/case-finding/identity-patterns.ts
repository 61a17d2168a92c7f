import { NOT_NAME_WORDS } from './not-name-words.js';

/**
 * Patterns of data that identify a child. Chat messages carry case references only, so
 * anything that looks like one of these in a reference field is refused before it is stored or posted.
 */
export type IdentityDataKind = 'nhs_number' | 'postcode' | 'date_of_birth' | 'address' | 'name';

const NHS_NUMBER = /\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/;
// The UK postcode shape (outward code, optional space, inward code), e.g. "DE4 3AG", "S40 1LP".
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i;
const DATE_OF_BIRTH =
  /\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}\b/i;
// A house number and a street, e.g. "14 Elm Grove", "7a Park Road", "31 Market St".
const STREET_ADDRESS =
  /\b\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z'’-]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Grove|Way|Crescent|Place|Gardens|Terrace|Court|Walk|View|Rise|Hill|Square|Mews|Row|Green|Parade|Vale)\b\.?/;
// A word as names are written, with the apostrophes and hyphens of "O’Neill" and "Ellie-May".
const WORD = /[A-Za-z'’-]+/g;
const PUNCTUATION = new Set(["'", '’', '-']);

interface RunWord {
  readonly start: number;
  readonly end: number;
  /** A word that is never a name: a role, team, place or building, the calendar (not-name-words.ts). */
  readonly known: boolean;
}

/**
 * The runs of two or more capitalised words (a capital first, a lower-case letter in it: "Smith",
 * "McDonald", not "MAT") separated only by spaces, word by word. Read word by word in one pass, so that
 * no text, however long or odd, takes more than linear time.
 */
function capitalisedRuns(text: string): RunWord[][] {
  const runs: RunWord[][] = [];
  let run: RunWord[] = [];
  const close = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    while (word.length > 0 && PUNCTUATION.has(word.charAt(word.length - 1))) word = word.slice(0, -1);
    const isCapitalised = /^[A-Z]/.test(word) && /[a-z]/.test(word);
    const previous = run.at(-1);
    if (!isCapitalised || !previous || !/^\s+$/.test(text.slice(previous.end, match.index))) close();
    if (!isCapitalised) continue;
    const plain = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    run.push({ start: match.index, end: match.index + word.length, known: NOT_NAME_WORDS.has(plain) });
  }
  close();
  return runs;
}

/**
 * Where a text has what looks like a person's name: two or more capitalised words in a row ("Jamie Smith",
 * "Mrs O’Neill"). A run made only of words that are never names ("Team Manager", "Child Protection") is
 * not one; any other run is, as a name may well sit beside such words ("Jordan Young"). In a place
 * (`inPlace`) the words of a place split a run instead, so "Chesterfield Town Hall" is a place while
 * "Jamie Smith Centre" still holds a name.
 */
function nameSpans(text: string, inPlace = false): [number, number][] {
  return capitalisedRuns(text).flatMap((run) => (inPlace ? unknownStretches(run) : wholeRunUnlessKnown(run)));
}

function wholeRunUnlessKnown(run: readonly RunWord[]): [number, number][] {
  const [first, last] = [run[0], run.at(-1)];
  return first && last && run.some((word) => !word.known) ? [[first.start, last.end]] : [];
}

/** Two or more words in a row that are not place (or other known) words. */
function unknownStretches(run: readonly RunWord[]): [number, number][] {
  const stretches: [number, number][] = [];
  let stretch: RunWord[] = [];
  for (const word of [...run, null]) {
    if (word && !word.known) {
      stretch.push(word);
      continue;
    }
    const [first, last] = [stretch[0], stretch.at(-1)];
    if (stretch.length >= 2 && first && last) stretches.push([first.start, last.end]);
    stretch = [];
  }
  return stretches;
}

/** Finds the first kind of identity data in a text, or null when it shows none. */
export function findIdentityData(text: string): IdentityDataKind | null {
  return findIdentity(text, false);
}

/**
 * The same for the name of a place (a Challenge Day's site), whose capitalised words are mostly a
 * building's: only a run of words that are not place words counts as a name.
 */
export function findIdentityDataInPlace(text: string): IdentityDataKind | null {
  return findIdentity(text, true);
}

function findIdentity(text: string, inPlace: boolean): IdentityDataKind | null {
  if (DATE_OF_BIRTH.test(text)) return 'date_of_birth';
  if (NHS_NUMBER.test(text)) return 'nhs_number';
  if (POSTCODE.test(text)) return 'postcode';
  if (STREET_ADDRESS.test(text)) return 'address';
  if (nameSpans(text, inPlace).length > 0) return 'name';
  return null;
}

export const IDENTITY_DATA_MESSAGES: Record<IdentityDataKind, string> = {
  nhs_number:
    'This looks like an NHS number. Use the case reference from the case record instead — never a child’s NHS number.',
  postcode: 'This looks like a postcode. Use the case reference only — never an address.',
  address: 'This looks like an address. Use the case reference only — never an address.',
  date_of_birth: 'This looks like a date of birth. Use the case reference only — never a child’s date of birth.',
  name: 'This looks like a person’s name. Use the case reference only — never a child’s or family member’s name.',
};

const MASKED = '[hidden]';
const EVERY_PATTERN = [DATE_OF_BIRTH, NHS_NUMBER, POSTCODE, STREET_ADDRESS].map(
  (pattern) => new RegExp(pattern.source, `${pattern.flags}g`),
);

/**
 * Free text as it may appear in a chat: anything that looks like identity data is replaced by "[hidden]".
 * It errs towards hiding (two capitalised words in a row may be a job title); the full text is only in
 * the role-checked detail view.
 */
export function maskIdentityData(text: string): string {
  const masked = EVERY_PATTERN.reduce((shown, pattern) => shown.replace(pattern, MASKED), text);
  return nameSpans(masked)
    .reverse()
    .reduce((shown, [start, end]) => `${shown.slice(0, start)}${MASKED}${shown.slice(end)}`, masked);
}
