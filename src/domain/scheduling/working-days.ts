/*
 * Working days in England and Wales: Monday to Friday, less the bank holidays. Dates here are calendar dates
 * as the rest of the domain stores them (00:00 UTC of the London day), so no time zone or clock change can
 * move a count. Bank holidays are worked out for any year from the rules in the Banking and Financial
 * Dealings Act 1971 as applied each year by proclamation, with the one-off changes listed below.
 */

import { calendarDateFromIso } from '../shared/london-time.js';

const DAY_MS = 86_400_000;

/**
 * Years in which a bank holiday was moved by proclamation, or one was added for a national event. Add a year
 * here when a new one is announced (they are announced months ahead).
 */
const ONE_OFF_CHANGES: Readonly<
  Record<number, { readonly moved?: readonly (readonly [string, string])[]; readonly added?: readonly string[] }>
> = {
  // The 50th anniversary of VE Day.
  1995: { moved: [['1995-05-01', '1995-05-08']] },
  // The millennium.
  1999: { added: ['1999-12-31'] },
  // The Golden Jubilee: the spring bank holiday moved to make a four-day weekend.
  2002: { moved: [['2002-05-27', '2002-06-04']], added: ['2002-06-03'] },
  // The royal wedding.
  2011: { added: ['2011-04-29'] },
  // The Diamond Jubilee.
  2012: { moved: [['2012-05-28', '2012-06-04']], added: ['2012-06-05'] },
  // The 75th anniversary of VE Day: the early May bank holiday moved to Friday 8 May.
  2020: { moved: [['2020-05-04', '2020-05-08']] },
  // The Platinum Jubilee, and the state funeral of Queen Elizabeth II.
  2022: { moved: [['2022-05-30', '2022-06-02']], added: ['2022-06-03', '2022-09-19'] },
  // The coronation of King Charles III.
  2023: { added: ['2023-05-08'] },
};

const byYear = new Map<number, ReadonlySet<number>>();

/** The bank holidays of England and Wales in a year, in date order. */
export function bankHolidays(year: number): Date[] {
  return [...holidaySet(year)].sort((a, b) => a - b).map((time) => new Date(time));
}

export function isBankHoliday(date: Date): boolean {
  return holidaySet(date.getUTCFullYear()).has(date.getTime());
}

export function isWeekend(date: Date): boolean {
  const weekday = date.getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isWorkingDay(date: Date): boolean {
  return !isWeekend(date) && !isBankHoliday(date);
}

/**
 * The calendar date `count` working days after `date` (before it when negative); `date` itself need not be
 * a working day. Adding 0 gives `date` back.
 */
export function addWorkingDays(date: Date, count: number): Date {
  const step = count < 0 ? -1 : 1;
  let day = date;
  for (let counted = 0; counted < Math.abs(count);) {
    day = new Date(day.getTime() + step * DAY_MS);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

/**
 * How many working days come after `from`, up to and including `to` — e.g. how many working days an action
 * due on `from` has been overdue on `to`. Backwards (`to` before `from`) it is minus the working days from
 * `to` up to but not including `from`, so that `workingDaysBetween(d, addWorkingDays(d, n))` is always `n`.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  const forwards = to.getTime() >= from.getTime();
  const [first, last] = forwards ? [from.getTime() + DAY_MS, to.getTime()] : [to.getTime(), from.getTime() - DAY_MS];
  let count = 0;
  for (let time = first; time <= last; time += DAY_MS) {
    if (isWorkingDay(new Date(time))) count += 1;
  }
  return forwards || count === 0 ? count : -count;
}

/** The first working day on or after `date`. */
export function workingDayOnOrAfter(date: Date): Date {
  return isWorkingDay(date) ? date : addWorkingDays(date, 1);
}

function holidaySet(year: number): ReadonlySet<number> {
  const known = byYear.get(year);
  if (known) return known;
  const taken = new Set<number>();
  // A holiday that falls on a weekend is replaced by the next weekday not already a holiday, taken in order,
  // so Christmas on a Saturday gives Monday 27 and Boxing Day on the Sunday gives Tuesday 28.
  const substituteFor = (date: Date) => {
    let day = date;
    while (isWeekend(day) || taken.has(day.getTime())) day = new Date(day.getTime() + DAY_MS);
    taken.add(day.getTime());
  };
  substituteFor(utc(year, 1, 1));
  const easter = easterSunday(year);
  taken.add(easter.getTime() - 2 * DAY_MS);
  taken.add(easter.getTime() + DAY_MS);
  taken.add(firstMonday(year, 5).getTime());
  taken.add(lastMonday(year, 5).getTime());
  taken.add(lastMonday(year, 8).getTime());
  substituteFor(utc(year, 12, 25));
  substituteFor(utc(year, 12, 26));
  const changes = ONE_OFF_CHANGES[year];
  for (const [from, to] of changes?.moved ?? []) {
    taken.delete(calendarDateFromIso(from).getTime());
    taken.add(calendarDateFromIso(to).getTime());
  }
  for (const added of changes?.added ?? []) taken.add(calendarDateFromIso(added).getTime());
  byYear.set(year, taken);
  return taken;
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

function firstMonday(year: number, month: number): Date {
  const first = utc(year, month, 1);
  return new Date(first.getTime() + ((8 - first.getUTCDay()) % 7) * DAY_MS);
}

function lastMonday(year: number, month: number): Date {
  const last = utc(year, month + 1, 0);
  return new Date(last.getTime() - ((last.getUTCDay() + 6) % 7) * DAY_MS);
}

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}
