import type { ScheduledWork } from '../scheduling/scheduled-work.js';
import { isoFromCalendarDate, londonCalendarDate, londonWallTime } from '../shared/london-time.js';

/** The purge runs once a day, in the quiet of the night. */
const PURGE_TIME = '02:30';

/**
 * The purge of the London day an instant falls in: one piece of scheduled work per day, under an id of its
 * own ("purge:2026-03-14"), so scheduling it again and again still runs it once, and a day the bot was
 * down is caught up when it starts.
 */
export function dailyPurgeWork(now: Date): ScheduledWork {
  const day = isoFromCalendarDate(londonCalendarDate(now));
  return {
    _id: `purge:${day}`,
    kind: 'purge',
    dueAt: londonWallTime(day, PURGE_TIME),
    payload: { day },
    status: 'pending',
    attempts: 0,
  };
}
