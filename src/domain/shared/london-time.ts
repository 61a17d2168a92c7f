import { DateTime } from 'luxon';

/**
 * The service works to the Europe/London calendar; the database holds UTC. These are the only
 * conversions between the two, so clock changes are handled in one place.
 */
export const SERVICE_TIME_ZONE = 'Europe/London';

/** The calendar date (00:00 UTC of that day) that it is in London at the given instant. */
export function londonCalendarDate(instant: Date): Date {
  const london = DateTime.fromJSDate(instant, { zone: SERVICE_TIME_ZONE });
  return new Date(Date.UTC(london.year, london.month - 1, london.day));
}

/** "2026-03-30" → the stored calendar date for it. */
export function calendarDateFromIso(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN));
}

/** The stored calendar date → "2026-03-30". */
export function isoFromCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The UTC instant of a London wall-clock time on a calendar date, e.g. 09:30 on 2026-03-30. */
export function londonWallTime(isoDate: string, time: string): Date {
  const local = DateTime.fromISO(`${isoDate}T${time}`, { zone: SERVICE_TIME_ZONE });
  if (!local.isValid) throw new RangeError(`Not a London time: ${isoDate} ${time}`);
  return local.toJSDate();
}

/** How a person in the service reads an instant, e.g. "Mon 30 Mar 2026 at 09:30". */
export function formatLondon(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: SERVICE_TIME_ZONE }).toFormat("ccc d LLL yyyy 'at' HH:mm");
}

/** The London time of day of an instant, e.g. "09:30". */
export function formatLondonTime(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: SERVICE_TIME_ZONE }).toFormat('HH:mm');
}

/** How a person reads a calendar date, e.g. "Mon 30 Mar 2026". */
export function formatCalendarDate(date: Date): string {
  return DateTime.fromJSDate(date, { zone: 'UTC' }).toFormat('ccc d LLL yyyy');
}
