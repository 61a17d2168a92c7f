import { formatCalendarDate, formatLondon, formatLondonTime } from '../domain/shared/london-time.js';

/*
 * How dates read on a card. Cards show Europe/London, whatever the server's zone; the data bound into a card
 * already holds these strings, so a template never formats a date. The formats are the domain's, so a date
 * reads the same in a card as in a message.
 */

/** A calendar date (stored at 00:00 UTC), e.g. "Thu 3 Dec 2026". */
export const displayDate = formatCalendarDate;

/** An instant as a person in the service reads it, e.g. "Thu 3 Dec 2026 at 09:30". */
export const displayDateTime = formatLondon;

/** The London time of day of an instant, e.g. "09:30". */
export const displayTime = formatLondonTime;

/**
 * How late a due date is on `today` (a London calendar date): "" when not yet due, else "1 day overdue",
 * "12 days overdue".
 */
export function overdueLabel(dueDate: Date, today: Date): string {
  const days = Math.round((today.getTime() - dueDate.getTime()) / 86_400_000);
  if (days <= 0) return '';
  return days === 1 ? '1 day overdue' : `${days} days overdue`;
}
