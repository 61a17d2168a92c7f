import type { District } from '../districts/district.js';
import { findDistrict } from '../questions/match-district.js';
import { plainWords, readMessage } from '../questions/read-message.js';

/**
 * What a QA manager asked about a district's weekly digest: to move it ("weekly digest for Chesterfield on
 * Friday at 8:30" — the day, the time or both), to be told when it goes, or something not understood.
 */
export type DigestScheduleCommand =
  | { readonly kind: 'set'; readonly districtId: string; readonly weekday?: number; readonly time?: string }
  | { readonly kind: 'show'; readonly districtId: string }
  | { readonly kind: 'unclear'; readonly understood: string; readonly suggestions: readonly string[] };

const DIGEST = /\b(?:weekly\s+)?digests?\b/;
const WEEKDAYS: readonly (readonly [RegExp, number])[] = [
  [/\b(?:mondays?|mon)\b/, 1],
  [/\b(?:tuesdays?|tues?)\b/, 2],
  [/\b(?:wednesdays?|weds?)\b/, 3],
  [/\b(?:thursdays?|thu|thurs?)\b/, 4],
  [/\b(?:fridays?|fri)\b/, 5],
  [/\b(?:saturdays?|sat)\b/, 6],
  [/\b(?:sundays?|sun)\b/, 7],
];
/** "at 9", "8:30", "8.30am", "2 pm", "14:00", "noon". A bare number counts only after "at". */
const TIME = /(?:\bat\s+)?\b(?:(noon|midday)|(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.?|p\.m\.?)?)(?=\s|$|[,.!?])/g;
const FILLER =
  /\b(?:weekly|digests?|for|the|on|at|every|each|set|change|move|make|please|to|send|sent|post|posted|of|in|a|when|is|does|what|time|day|it|should|go|goes|out|can|you|could|i|we|want|would|like|s)\b/g;

/**
 * Reads a message about a district's weekly digest; null when it is not about the digest at all. The time is
 * London time; an hour from 1 to 6 without am or pm is read as the afternoon, as nobody posts a digest at 3 am.
 */
export function readDigestScheduleCommand(text: string, districts: readonly District[]): DigestScheduleCommand | null {
  const original = readMessage(text.split(/\r?\n/)[0] ?? '').original.toLowerCase();
  if (!DIGEST.test(plainWords(original))) return null;
  let rest = original;
  const weekday = WEEKDAYS.find(([pattern]) => pattern.test(rest));
  if (weekday) rest = rest.replace(weekday[0], ' ');
  const time = readTime(rest);
  if (time) rest = rest.replace(time.matched, ' ');
  const example = districts[0]?.name ?? 'Chesterfield';
  const wanted = plainWords(rest).replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  const district = wanted ? findDistrict(wanted, districts) : ({ kind: 'none' } as const);
  if (time?.problem) {
    return unclear(`I understood “weekly digest”, but not the time: ${time.problem}`, example);
  }
  if (district.kind === 'ambiguous') {
    return {
      kind: 'unclear',
      understood: `I understood “weekly digest”, but “${district.said}” could be ${district.candidates.map((candidate) => candidate.name).join(' or ')}.`,
      suggestions: district.candidates.map((candidate) => `weekly digest for ${candidate.name} on Friday at 8:30`),
    };
  }
  if (district.kind === 'none') {
    if (!weekday && !time) return null;
    return unclear('I understood “weekly digest”, but not for which district.', example);
  }
  const districtId = district.district._id;
  if (!weekday && !time) return { kind: 'show', districtId };
  return {
    kind: 'set',
    districtId,
    ...(weekday ? { weekday: weekday[1] } : {}),
    ...(time?.value ? { time: time.value } : {}),
  };
}

function readTime(text: string): { matched: string; value?: string; problem?: string } | null {
  for (const match of text.matchAll(TIME)) {
    const [matched, noon, hourText, minuteText, meridiem] = match;
    if (noon) return { matched, value: '12:00' };
    const saidAt = /^at\s/.test(matched);
    if (!saidAt && minuteText === undefined && !meridiem) continue;
    let hour = Number(hourText);
    const minute = minuteText === undefined ? 0 : Number(minuteText);
    const pm = meridiem?.startsWith('p');
    const am = meridiem?.startsWith('a');
    if (minute > 59 || hour > 23 || ((am || pm) && (hour < 1 || hour > 12))) {
      return { matched, problem: `“${matched.trim()}” is not a time of day. Write it like 8:30 or 14:00.` };
    }
    if (pm && hour < 12) hour += 12;
    if (am && hour === 12) hour = 0;
    if (!am && !pm && hour >= 1 && hour <= 6) hour += 12;
    return { matched, value: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
  }
  return null;
}

function unclear(understood: string, example: string): DigestScheduleCommand {
  return {
    kind: 'unclear',
    understood,
    suggestions: [`weekly digest for ${example} on Friday at 8:30`, `weekly digest for ${example} on Monday at 9am`],
  };
}
