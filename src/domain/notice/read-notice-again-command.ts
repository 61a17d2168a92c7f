import type { District } from '../districts/district.js';
import { readDatePhrase } from '../questions/date-phrases.js';
import type { DueWindow } from '../questions/query.js';
import { findDistrict } from '../questions/match-district.js';

const NOTICE_AGAIN = [
  /^\s*(?:please\s+)?(?:re-?post|re-?send)\s+(?:the\s+|that\s+)?(?:48[- ]hour\s+)?notice\b(.*)$/i,
  /^\s*(?:please\s+)?(?:post|send|share)\s+(?:the\s+|that\s+)?(?:48[- ]hour\s+)?notice\s+again\b(.*)$/i,
];

/** "post the notice again for Chesterfield": which day's notice, by district and/or date, where it says. */
export interface NoticeAgainCommand {
  readonly districtId?: string;
  readonly window?: DueWindow;
  /** Words that name no district or date the bot knows, said back to the person rather than guessed at. */
  readonly unrecognised?: string;
}

/**
 * "post the notice again", "repost the notice", "send the notice again for Chesterfield", "…for 17 December".
 * Null when the message is not this command.
 */
export function readNoticeAgainCommand(
  text: string,
  districts: readonly District[],
  now: Date,
): NoticeAgainCommand | null {
  const rest = wordsAfter(text);
  if (rest === undefined) return null;
  const words = rest
    .replace(/[?.!]/g, ' ')
    .replace(/\b(?:again|please|for|in|of|the|district|challenge\s*day)\b/gi, ' ')
    .trim()
    .toLowerCase();
  const date = words ? readDatePhrase(words, now) : null;
  const named = date ? words.replace(date.matched, ' ').trim() : words;
  const district = named ? findDistrict(named, districts) : ({ kind: 'none' } as const);
  return {
    ...(district.kind === 'found' ? { districtId: district.district._id } : {}),
    ...(date ? { window: date.window } : {}),
    ...(named && district.kind !== 'found' ? { unrecognised: named } : {}),
  };
}

/** The words after "post the notice again" on the message's first line; undefined when it is not this command. */
function wordsAfter(text: string): string | undefined {
  const firstLine = text.split(/\r?\n/)[0] ?? '';
  return NOTICE_AGAIN.map((pattern) => pattern.exec(firstLine)).find((match) => match)?.[1];
}

/** Whether a message asks for a notice to be posted again, before the date words are read against the clock. */
export function asksForNoticeAgain(text: string): boolean {
  return wordsAfter(text) !== undefined;
}
