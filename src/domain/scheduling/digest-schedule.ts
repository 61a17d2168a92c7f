import { DateTime } from 'luxon';
import { z } from 'zod/v4';
import { SERVICE_TIME_ZONE } from '../shared/london-time.js';
import { isoWeekOf } from './periods.js';

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * When a district's weekly digest of its action plan is posted: a weekday and a London wall-clock time.
 * Stored on the district; a district without one gets DEFAULT_DIGEST_SCHEDULE.
 */
export const digestScheduleSchema = z.strictObject({
  weekday: z.number().int().min(1).max(7),
  time: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a time written as HH:mm'),
});
export type DigestSchedule = z.infer<typeof digestScheduleSchema>;

export const DEFAULT_DIGEST_SCHEDULE: DigestSchedule = { weekday: 1, time: '09:00' };

/**
 * When the digest of the London ISO week containing `instant` is due, and that week's id. The id names the
 * work ("digest:<district>:2026-W48"), so however many times a week is planned, one digest goes.
 */
export function digestDueInWeek(schedule: DigestSchedule, instant: Date): { week: string; dueAt: Date } {
  const [hour, minute] = schedule.time.split(':').map(Number);
  const due = DateTime.fromJSDate(instant, { zone: SERVICE_TIME_ZONE })
    .startOf('week')
    .plus({ days: schedule.weekday - 1 })
    .set({ hour: hour ?? 9, minute: minute ?? 0, second: 0, millisecond: 0 });
  return { week: isoWeekOf(instant), dueAt: due.toJSDate() };
}

/** "Mondays at 09:00". */
export function describeDigestSchedule(schedule: DigestSchedule): string {
  return `${WEEKDAY_NAMES[schedule.weekday - 1] ?? 'Monday'}s at ${schedule.time}`;
}
