import { withinCatchUp } from '../scheduling/catch-up.js';
import type { ScheduledWork } from '../scheduling/scheduled-work.js';
import { addWorkingDays, isWorkingDay } from '../scheduling/working-days.js';
import { isoFromCalendarDate, londonCalendarDate, londonWallTime } from '../shared/london-time.js';
import type { Programme } from './programme.js';
import type { ProgrammeDay } from './propose-dates.js';

/** The London time the QA managers are reminded at: the start of the working day. */
export const PROGRAMME_REMINDER_TIME = '09:00';

const DAY_MS = 86_400_000;

/** "programme-reminder:erewash:2027-04-14": one reminder per district and proposed date, ever. */
export function programmeReminderWorkId(districtId: string, date: Date): string {
  return `programme-reminder:${districtId}:${isoFromCalendarDate(date)}`;
}

/**
 * The day a proposed day's reminder goes: `reminderWeeks` weeks before it, or the working day before that when
 * it falls on a bank holiday.
 */
export function reminderDayFor(date: Date, reminderWeeks: number): Date {
  const day = new Date(date.getTime() - reminderWeeks * 7 * DAY_MS);
  return isWorkingDay(day) ? day : addWorkingDays(day, -1);
}

/**
 * The reminders that should exist at `now`: one for each proposed or moved day still ahead whose reminder day has
 * come, due at 09:00 London time that day (so 08:00 UTC in summer, 09:00 UTC in winter). Like the other periodic
 * work, a reminder whose day passed while the bot was down goes late, within the catch-up days, and one older
 * than that is not sent: a programme set, or a day moved, inside the lead time gets no reminder for that day.
 * Planning again changes nothing, as the id names the district and the date.
 */
export function programmeReminders(
  programme: Pick<Programme, 'year' | 'reminderWeeks'>,
  days: readonly ProgrammeDay[],
  now: Date,
): ScheduledWork[] {
  const today = londonCalendarDate(now);
  return days
    .filter((day) => (day.state === 'proposed' || day.state === 'moved') && day.date >= today)
    .filter((day) => withinCatchUp(reminderDayFor(day.date, programme.reminderWeeks), today))
    .map((day) => ({
      _id: programmeReminderWorkId(day.districtId, day.date),
      kind: 'programme_reminder' as const,
      payload: { year: String(programme.year), districtId: day.districtId, date: isoFromCalendarDate(day.date) },
      dueAt: londonWallTime(
        isoFromCalendarDate(reminderDayFor(day.date, programme.reminderWeeks)),
        PROGRAMME_REMINDER_TIME,
      ),
      status: 'pending' as const,
      attempts: 0,
    }));
}
