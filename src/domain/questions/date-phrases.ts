import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { SERVICE_TIME_ZONE, londonCalendarDate } from '../shared/london-time.js';
import type { DueWindow } from './query.js';

/** A date phrase found in a question: the due dates it means, and the words that said it. */
export interface DatePhrase {
  readonly window: DueWindow;
  /** The words of the question that named the dates, so the parser can set them aside. */
  readonly matched: string;
}

type Day = DateTime<true>;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};
const COUNT = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;

/** Phrases about a span of the calendar that chrono reads as a single day; each gives a window from today. */
const SPANS: readonly { pattern: RegExp; window: (today: Day, count: number) => [Day, Day] }[] = [
  {
    pattern: /(?:due\s+)?(?:by\s+|before\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month/,
    window: (t) => [t, t.endOf('month').startOf('day')],
  },
  {
    pattern: /(?:due\s+)?(?:by\s+|before\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?week/,
    window: (t) => [t, sunday(t)],
  },
  {
    pattern: new RegExp(`(?:due\\s+)?(?:with)?(?:in\\s+)?(?:the\\s+)?next\\s+${COUNT}\\s+days?`),
    window: (t, n) => [t, t.plus({ days: n })],
  },
  // The whole London week, Monday to Sunday: asked on a Sunday it is still the week ending today.
  { pattern: /(?:due\s+)?(?:this|the\s+current)\s+week/, window: (t) => [monday(t), sunday(t)] },
  { pattern: /(?:due\s+)?next\s+week/, window: (t) => [sunday(t).plus({ days: 1 }), sunday(t).plus({ days: 7 })] },
  { pattern: /(?:due\s+)?this\s+month/, window: (t) => [t.startOf('month'), t.endOf('month').startOf('day')] },
  {
    pattern: /(?:due\s+)?next\s+month/,
    window: (t) => [t.plus({ months: 1 }).startOf('month'), t.plus({ months: 1 }).endOf('month').startOf('day')],
  },
  { pattern: /(?:due\s+)?today/, window: (t) => [t, t] },
];

// The words before a date that say how it bounds the due dates.
const CUE = /(?:\bdue\s+)?\b(by|before|until|till|up to|no later than|on|due|within|in)\s+$/;
const CUES_UP_TO = new Set(['by', 'until', 'till', 'up to', 'no later than', 'within', 'in']);
const FULL_WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)$/;

/**
 * Finds the due dates a question names, in the Europe/London calendar: "this week" is Monday to Sunday of
 * the week today is in (on a Sunday, the week ending today), "this month" the whole calendar month, "next
 * week" the Monday to Sunday after, "the next 7 days" is today and the 7 days after it, "by Friday" is today
 * to Friday, "before 12/12" ends the day before, "on 3/12" (3 December: British order) is that day alone.
 * The rest start today, because a person asking what is due by a date means what is still to come; "this
 * week" is the week a manager plans by, so it keeps the days already gone.
 */
export function readDatePhrase(words: string, now: Date): DatePhrase | null {
  const today = DateTime.fromJSDate(londonCalendarDate(now), { zone: 'utc' }) as Day;
  for (const span of SPANS) {
    const found = wholeWords(span.pattern).exec(words);
    if (!found) continue;
    const count = found[1] ? (NUMBER_WORDS[found[1]] ?? Number(found[1])) : 0;
    const [from, to] = span.window(today, count);
    return { window: { from: from.toJSDate(), to: to.toJSDate() }, matched: found[0] };
  }
  return readNamedDate(words, now, today);
}

function readNamedDate(words: string, now: Date, today: Day): DatePhrase | null {
  const offset = DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE }).offset;
  const results = chrono.en.GB.parse(words, { instant: now, timezone: offset }, { forwardDate: true });
  for (const result of results) {
    const before = words.slice(0, result.index);
    const cue = CUE.exec(before);
    const singleWord = !/\s/.test(result.text.trim()) && !/\d/.test(result.text);
    if (singleWord && !cue && !FULL_WEEKDAY.test(result.text)) continue; // "may", "sat": too often not a date
    let start = calendarDay(result.start);
    // "due by Friday" said on a Friday means today, not a week today.
    if (isBareWeekday(result.start) && !result.text.includes('next') && start.diff(today, 'days').days === 7)
      start = today;
    const matched = words.slice(cue ? cue.index : result.index, result.index + result.text.length);
    if (result.end) return phrase(start, calendarDay(result.end), matched);
    const how = cue?.[1];
    if (how === 'before') return phrase(today, start.minus({ days: 1 }), matched);
    if (how && CUES_UP_TO.has(how)) return phrase(today, start, matched);
    if (result.text.startsWith('in ') || result.text.startsWith('within ')) return phrase(today, start, matched);
    return phrase(start, start, matched);
  }
  return null;
}

function phrase(from: Day, to: Day, matched: string): DatePhrase {
  return { window: { from: from.toJSDate(), to: to.toJSDate() }, matched: matched.trim() };
}

function calendarDay(components: chrono.ParsedComponents): Day {
  return DateTime.utc(
    components.get('year') ?? NaN,
    components.get('month') ?? NaN,
    components.get('day') ?? NaN,
  ) as Day;
}

function isBareWeekday(components: chrono.ParsedComponents): boolean {
  return components.isCertain('weekday') && !components.isCertain('day');
}

function monday(today: Day): Day {
  return today.minus({ days: today.weekday - 1 });
}

function sunday(today: Day): Day {
  return today.plus({ days: 7 - today.weekday });
}

function wholeWords(pattern: RegExp): RegExp {
  return new RegExp(`(?<![\\w'-])(?:${pattern.source})(?![\\w'-])`);
}
