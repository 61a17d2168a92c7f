import { findIdentityData } from '../case-finding/identity-patterns.js';
import { NOT_NAME_WORDS } from '../case-finding/not-name-words.js';

/** The longest excerpt shown: a sentence, cut at a word. */
export const EXCERPT_MAX = 200;

// Words a sentence of practice notes starts with that are never a name; the first word of a sentence is
// capitalised whatever it is, so a capital there says nothing, and only these (and the service's own words)
// may stand there.
const OPENERS = new Set(
  `a an the there this that these those it its no not some all most many few several each every both one two
  three four five we they our their when where while although though however also overall good poor limited
  little more less very in on at for of with without from by evidence further recent since before after once
  staff workers worker managers manager practitioners children child young parents families family carers
  cases case plans plan records recording supervision chronology chronologies assessment assessments visits
  visit management oversight direct timely delay drift multi-agency partners partner strategy reflective
  clear unclear consistent inconsistent regular irregular better strong weak`.split(/\s+/),
);

// Short capitals the service writes as words: teams, agencies and plans, never a person.
const ACRONYMS = new Set([
  'MAT',
  'GP',
  'CP',
  'CIN',
  'LAC',
  'CAMHS',
  'DSCB',
  'LSCB',
  'NHS',
  'QA',
  'SMART',
  'MASH',
  'CSC',
]);

// Anything shaped like a case or worker reference: letters and digits joined by - or /, or a long number.
const REFERENCE = /\b[A-Za-z]{1,6}[-/]?\d{2,}\b|\b\d{4,}\b|\b[A-Za-z0-9]+[-/][A-Za-z0-9]*\d[A-Za-z0-9]*\b/;
const WORD = /[\p{L}’'-]+/gu;

/**
 * Whether a sentence may be quoted as an example of a theme: it must name nobody and no case. It is refused
 * when it shows identity data (identity-patterns.ts: names, dates of birth, NHS numbers, postcodes,
 * addresses), anything shaped like a reference, a word of the name of anyone the bot knows, or any
 * capitalised word that is not one of the service's own words — a single first name included. It errs
 * towards leaving an excerpt out: the theme's count still stands without it.
 */
export function isShareableExcerpt(sentence: string, namesToAvoid: ReadonlySet<string>): boolean {
  if (findIdentityData(sentence) !== null || REFERENCE.test(sentence)) return false;
  const words = [...sentence.matchAll(WORD)].map((match) => match[0].replace(/^['’-]+|['’-]+$/g, ''));
  return words.every((word, index) => word === '' || isPlainWord(word, index === 0, namesToAvoid));
}

function isPlainWord(word: string, first: boolean, namesToAvoid: ReadonlySet<string>): boolean {
  const plain = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  if (namesToAvoid.has(plain)) return false;
  if (/^\p{Lu}{2,}$/u.test(word)) return ACRONYMS.has(word);
  if (!/^\p{Lu}/u.test(word)) return true;
  return first ? OPENERS.has(plain) || NOT_NAME_WORDS.has(plain) : NOT_NAME_WORDS.has(plain);
}

/** The lower-case words of people's names, for isShareableExcerpt. */
export function nameWords(displayNames: readonly string[]): Set<string> {
  return new Set(
    displayNames.flatMap((name) =>
      [...name.matchAll(WORD)]
        .map((match) => match[0].toLowerCase().replace(/’/g, "'"))
        .filter((word) => word.length > 1),
    ),
  );
}

/** A text's sentences, trimmed, each cut to EXCERPT_MAX at a word. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 12)
    .map(cutAtWord);
}

function cutAtWord(sentence: string): string {
  if (sentence.length <= EXCERPT_MAX) return sentence;
  const cut = sentence.slice(0, EXCERPT_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}
