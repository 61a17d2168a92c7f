import { DateTime } from 'luxon';

/*
 * How dates read on a card. Cards show Europe/London, whatever the server's zone; the data bound into a card
 * already holds these strings, so a template never formats a date.
 */

const LONDON = 'Europe/London';

/** A calendar date (stored at 00:00 UTC), e.g. "Thu 3 Dec 2026". */
export function displayDate(date: Date): string {
  return DateTime.fromJSDate(date, { zone: 'UTC' }).toFormat('ccc d LLL yyyy');
}

/** An instant as a person in the service reads it, e.g. "Thu 3 Dec 2026 at 09:30". */
export function displayDateTime(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: LONDON }).toFormat("ccc d LLL yyyy 'at' HH:mm");
}

/** The London time of day of an instant, e.g. "09:30". */
export function displayTime(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: LONDON }).toFormat('HH:mm');
}

/**
 * How late a due date is on `today` (a London calendar date): "" when not yet due, else "1 day overdue",
 * "12 days overdue".
 */
export function overdueLabel(dueDate: Date, today: Date): string {
  const days = Math.round((today.getTime() - dueDate.getTime()) / 86_400_000);
  if (days <= 0) return '';
  return days === 1 ? '1 day overdue' : `${days} days overdue`;
}
