import { findIdentityData } from '../case-finding/identity-patterns.js';

/**
 * Words that carry no meaning of their own in a question ("show me the ... please"). Anything else the
 * readers did not recognise is reported back to the person, so "overdue actions for Narnia" is never
 * answered as if it had asked about every district.
 */
const FILLER = new Set(
  `a about actions action all an and any anything are area at be been bot by can challenge chase coming could
  currently day did district do does due for from get give got has have hello hey hi how i'd i'm in is it its
  it's items just know let list locality look many me need needs next now of on or our out owned owner owners
  please pls plz re replies reply right see show so still tasks task team tell thank thanks that the their them
  there these they things this those to up us we were what what's whats which who whose will with would yet
  you came come notice notices day days mat someone people anyone everyone has hasn't haven't staff`
    .split(/\s+/)
    .filter(Boolean),
);

/** The words the readers left that are not filler: what the question said that was not understood. */
export function leftoverWords(words: string): string[] {
  return words
    .split(' ')
    .map((word) => word.replace(/^[-/']+|[-/']+$/g, ''))
    .filter((word) => word.length > 0 && !FILLER.has(word));
}

/**
 * The not-understood words as the bot may repeat them in a reply, in quotes. Words that look like a name,
 * a date of birth, an NHS number or an address are never repeated into a chat: the reply says only that
 * part was not understood.
 */
export function saidBack(unknown: readonly string[]): string {
  const words = unknown.join(' ');
  return mayIdentifySomeone(words) ? 'part of it (not repeated here, as it may identify someone)' : `“${words}”`;
}

/**
 * Whether words a person wrote may be a name, a date of birth, an NHS number or an address, and so must
 * not be repeated into a chat. The words come lower-cased, so a name ("jamie smith") is looked for as it
 * would be written.
 */
export function mayIdentifySomeone(words: string): boolean {
  const asWritten = words.replace(
    /(^|\s)(\p{Ll})/gu,
    (_whole, space: string, letter: string) => space + letter.toUpperCase(),
  );
  return findIdentityData(words) !== null || findIdentityData(asWritten) !== null;
}
