import { DateTime } from 'luxon';
import type { District } from '../districts/district.js';
import { findDistrict } from '../questions/match-district.js';

/** What a message about the programme asks for. */
export type ProgrammeCommand =
  | { readonly kind: 'set'; readonly year: number }
  | { readonly kind: 'show'; readonly year?: number }
  | { readonly kind: 'move'; readonly districtId: string; readonly date: Date; readonly to: Date }
  | { readonly kind: 'skip'; readonly districtId: string; readonly date: Date }
  /** Recognised as a move or skip, but its district or a date could not be read: what to write instead. */
  | { readonly kind: 'unclear'; readonly message: string };

const SET = /^(?:set\s+(?:up\s+)?(?:the\s+)?)?(?:programme|rota)\s+for\s+(20\d{2})$/i;
const SHOW = /^(?:(?:show|see)\s+(?:me\s+)?)?(?:the\s+)?programme(?:\s+(?:for\s+|of\s+)?(20\d{2}))?$/i;
const SHOW_WITH_FOR = /^(?:show|see)\s+(?:me\s+)?(?:the\s+)?programme\s+for\s+(20\d{2})$/i;
const MOVE = /^move\s+(?:the\s+)?(.+?)\s+challenge\s+day\s+(?:of|on)\s+(.+?)\s+to\s+(.+)$/i;
const SKIP = /^skip\s+(?:the\s+)?(.+?)\s+challenge\s+day\s+(?:of|on)\s+(.+)$/i;

const DATE_FORMATS = ['d LLLL yyyy', 'd LLL yyyy', 'ccc d LLL yyyy', 'cccc d LLLL yyyy', 'd/M/yyyy', 'yyyy-MM-dd'];

/**
 * Reads "programme for 2027" (the form), "show the programme" / "programme 2027" (the year), "move the Erewash
 * Challenge Day of 14 April 2027 to 21 April 2027" and "skip the Erewash Challenge Day of 14 April 2027". Null
 * when the message is none of these.
 */
export function readProgrammeCommand(text: string, districts: readonly District[]): ProgrammeCommand | null {
  const words = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.?!]$/, '');
  const shownFor = SHOW_WITH_FOR.exec(words);
  if (shownFor) return { kind: 'show', year: Number(shownFor[1]) };
  const set = SET.exec(words);
  if (set) return { kind: 'set', year: Number(set[1]) };
  const show = SHOW.exec(words);
  if (show) return show[1] ? { kind: 'show', year: Number(show[1]) } : { kind: 'show' };
  const move = MOVE.exec(words);
  if (move) return readDayChange(districts, move[1] ?? '', move[2] ?? '', move[3] ?? '');
  const skip = SKIP.exec(words);
  if (skip) return readDayChange(districts, skip[1] ?? '', skip[2] ?? '', null);
  return null;
}

function readDayChange(
  districts: readonly District[],
  districtWords: string,
  dateWords: string,
  toWords: string | null,
): ProgrammeCommand {
  const example = 'e.g. “move the Erewash Challenge Day of 14 April 2027 to 21 April 2027”';
  const found = findDistrict(districtWords, districts);
  if (found.kind !== 'found') {
    return {
      kind: 'unclear',
      message: `There is no district called “${districtWords.slice(0, 60)}”: name one of ${districts.map((district) => district.name).join(', ')}.`,
    };
  }
  const date = readDate(dateWords);
  if (!date)
    return {
      kind: 'unclear',
      message: `“${dateWords.slice(0, 40)}” is not a date I can read: write it as 14 April 2027, ${example}.`,
    };
  if (toWords === null) return { kind: 'skip', districtId: found.district._id, date };
  const to = readDate(toWords);
  if (!to)
    return {
      kind: 'unclear',
      message: `“${toWords.slice(0, 40)}” is not a date I can read: write it as 21 April 2027, ${example}.`,
    };
  return { kind: 'move', districtId: found.district._id, date, to };
}

/** "14 April 2027", "Wed 14 Apr 2027", "14/4/2027" or "2027-04-14" → the calendar date. */
export function readDate(words: string): Date | null {
  const cleaned = words
    .trim()
    .replace(/,/g, '')
    .replace(/(\d)(st|nd|rd|th)\b/i, '$1');
  for (const format of DATE_FORMATS) {
    const parsed = DateTime.fromFormat(cleaned, format, { zone: 'UTC', locale: 'en-GB' });
    if (parsed.isValid) return new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day));
  }
  return null;
}
