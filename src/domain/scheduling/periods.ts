import { DateTime } from 'luxon';
import { SERVICE_TIME_ZONE, calendarDateFromIso } from '../shared/london-time.js';
import { workingDayOnOrAfter } from './working-days.js';

/*
 * The periods scheduled work is named after — a London ISO week ("2026-W48") and a calendar month
 * ("2026-11") — so that the same work always gets the same id, whichever instance plans it and whenever.
 */

/** The London ISO week an instant falls in, e.g. "2026-W48". */
export function isoWeekOf(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: SERVICE_TIME_ZONE }).toFormat("kkkk-'W'WW");
}

/** The Monday (a calendar date) of an ISO week such as "2026-W48". */
export function mondayOfWeek(week: string): Date {
  const monday = DateTime.fromISO(`${week}-1`, { zone: 'UTC' });
  if (!monday.isValid) throw new RangeError(`Not an ISO week: ${week}`);
  return monday.toJSDate();
}

/** The London calendar month an instant falls in, e.g. "2026-11". */
export function monthOf(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: SERVICE_TIME_ZONE }).toFormat('yyyy-MM');
}

/** The month `count` months after `month` (before it when negative). */
export function addMonths(month: string, count: number): string {
  return DateTime.fromISO(`${month}-01`, { zone: 'UTC' }).plus({ months: count }).toFormat('yyyy-MM');
}

/** A month's calendar dates: from its first day up to (not including) the first day of the next. */
export function monthRange(month: string): { from: Date; until: Date } {
  return { from: calendarDateFromIso(`${month}-01`), until: calendarDateFromIso(`${addMonths(month, 1)}-01`) };
}

/** "November 2026". */
export function monthLabel(month: string): string {
  return DateTime.fromISO(`${month}-01`, { zone: 'UTC' }).toFormat('LLLL yyyy');
}

/** "Nov", for a chart's axis. */
export function shortMonthLabel(month: string): string {
  return DateTime.fromISO(`${month}-01`, { zone: 'UTC' }).toFormat('LLL');
}

/** The first working day of a month (a calendar date), when the month before it is summed up. */
export function firstWorkingDayOf(month: string): Date {
  return workingDayOnOrAfter(monthRange(month).from);
}
