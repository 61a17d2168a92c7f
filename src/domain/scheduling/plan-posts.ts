import type { District } from '../districts/district.js';
import { isoFromCalendarDate, londonCalendarDate, londonWallTime } from '../shared/london-time.js';
import { withinCatchUp } from './catch-up.js';
import { chasingWorkId } from './chase-actions.js';
import { DEFAULT_DIGEST_SCHEDULE, digestDueInWeek } from './digest-schedule.js';
import { addMonths, firstWorkingDayOf, monthOf } from './periods.js';
import type { ScheduledWork, WorkOrder } from './scheduled-work.js';

/** The monthly performance summary goes at the start of the month's first working day. */
export const SUMMARY_TIME = '09:00';

/** "digest:chesterfield:2026-W48". */
export function digestWorkId(districtId: string, week: string): string {
  return `digest:${districtId}:${week}`;
}

/** "summary:2026-11": the performance summary of November 2026, posted early in December. */
export function summaryWorkId(month: string): string {
  return `summary:${month}`;
}

/**
 * The periodic work that should exist at `now`: this week's digest for every district (at its own day and
 * time), the performance summary of last month (from this month's first working day, for as long as it may
 * still go late — catch-up.ts), and today's look over the action plan for reminders and escalations. Planning
 * it again changes nothing, as each id names its period; work whose time passed while the bot was down is due
 * at once, so a restarted bot catches up.
 */
export function periodicWork(districts: readonly District[], now: Date): ScheduledWork[] {
  const digests = districts.map((district) => {
    const { week, dueAt } = digestDueInWeek(district.digestSchedule ?? DEFAULT_DIGEST_SCHEDULE, now);
    return pending(digestWorkId(district._id, week), dueAt, {
      kind: 'digest',
      payload: { districtId: district._id, week },
    });
  });
  const thisMonth = monthOf(now);
  const lastMonth = addMonths(thisMonth, -1);
  const summaryDay = firstWorkingDayOf(thisMonth);
  const summary = withinCatchUp(summaryDay, londonCalendarDate(now))
    ? [
        pending(summaryWorkId(lastMonth), londonWallTime(isoFromCalendarDate(summaryDay), SUMMARY_TIME), {
          kind: 'summary',
          payload: { month: lastMonth },
        }),
      ]
    : [];
  const today = isoFromCalendarDate(londonCalendarDate(now));
  return [
    ...digests,
    ...summary,
    pending(chasingWorkId(londonCalendarDate(now)), londonWallTime(today, '00:00'), {
      kind: 'chasing',
      payload: { day: today },
    }),
  ];
}

function pending(id: string, dueAt: Date, order: WorkOrder): ScheduledWork {
  return { _id: id, dueAt, ...order, status: 'pending', attempts: 0 };
}
