import type { District } from '../districts/district.js';
import { findDistrict } from '../questions/match-district.js';
import { plainWords } from '../questions/read-message.js';

/** A command about one district's Challenge Day: the district it names, or the words that named none. */
export type DayCommand = { readonly districtId: string } | { readonly unrecognised: string };

const CHALLENGE_DAY = /\bchall?[ae]nge[\s-]*days?\b/g;
/** Words around a district's name that say nothing more: "the", "in", "for", "notice". */
const FILLER = /\b(?:the|in|for|of|at|to|from|on|please|notice|48 hour|48-hour|district)\b/g;

const REGISTER = [
  /^(?:please\s+)?(?:open\s+|show\s+|take\s+|record\s+|keep\s+)?(?:the\s+)?register\s+(?:for|of|at|in)\s+(.+)$/,
  /^(?:please\s+)?(?:record\s+)?who\s+came\s+(?:to|for|in|at)\s+(.+)$/,
];
const REPLIES = [
  /^(?:please\s+)?(?:show\s+(?:me\s+)?)?(?:the\s+)?(?:notice\s+)?(?:replies|answers|responses)\s+(?:to\s+the\s+(?:48[- ]hour\s+)?notice\s+)?(?:for|from|in|to)\s+(.+)$/,
  // "the Erewash Challenge Day": said alone, the day's overview.
  /^(?:show\s+(?:me\s+)?)?the\s+(.+?\s+chall?[ae]nge[\s-]*day)$/,
];

/**
 * "register for Erewash", "who came to the Erewash Challenge Day", "record who came to the Challenge Day in
 * Erewash": the register of who came to the district's day. Null when the message is not this command.
 */
export function readRegisterCommand(text: string, districts: readonly District[]): DayCommand | null {
  return readDayCommand(REGISTER, text, districts);
}

/**
 * "replies for Erewash", "answers to the notice for Erewash", "the Erewash Challenge Day": the day's overview
 * of the answers to its notice. Null when the message is not this command.
 */
export function readDayRepliesCommand(text: string, districts: readonly District[]): DayCommand | null {
  const read = readDayCommand(REPLIES, text, districts);
  // "the next Challenge Day" and the like are questions, not this overview: it must name a district alone.
  return read && 'unrecognised' in read && CHALLENGE_DAY_ONLY.test(plainWords(text)) ? null : read;
}

const CHALLENGE_DAY_ONLY = /^(?:show\s+(?:me\s+)?)?the\s+.+\s+chall?[ae]nge[\s-]*day$/;

function readDayCommand(patterns: readonly RegExp[], text: string, districts: readonly District[]): DayCommand | null {
  const words = plainWords(text.split(/\r?\n/)[0] ?? '');
  const rest = patterns.map((pattern) => pattern.exec(words)).find((match) => match)?.[1];
  if (rest === undefined) return null;
  const named = rest.replace(CHALLENGE_DAY, ' ').replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  const district = named ? findDistrict(named, districts) : ({ kind: 'none' } as const);
  if (district.kind !== 'found') return { unrecognised: named };
  const leftover = district.matched.reduce((left, phrase) => left.replace(phrase, ' '), named).trim();
  return leftover ? { unrecognised: named } : { districtId: district.district._id };
}
