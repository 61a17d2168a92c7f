import { londonCalendarDate } from '../shared/london-time.js';
import type { Action } from './action.js';
import { OUTSTANDING_ACTION_STATUSES } from './status.js';

/**
 * An action is overdue from the first London day after its due date until it is completed. The due day
 * itself is never overdue, whatever the hour, and clock changes do not move the line.
 */
export function isOverdue(action: Pick<Action, 'dueDate' | 'status'>, now: Date): boolean {
  return (
    OUTSTANDING_ACTION_STATUSES.includes(action.status) && action.dueDate.getTime() < londonCalendarDate(now).getTime()
  );
}

/** Whole days since the due date, in the London calendar; 0 when not overdue. */
export function daysOverdue(action: Pick<Action, 'dueDate' | 'status'>, now: Date): number {
  return daysOverdueOn(action, londonCalendarDate(now));
}

/**
 * The same, on a London calendar date worked out once (`londonCalendarDate(now)`): for many actions at the
 * same moment, such as a file of the whole plan, where converting the clock for each would be most of the work.
 */
export function daysOverdueOn(action: Pick<Action, 'dueDate' | 'status'>, today: Date): number {
  if (!OUTSTANDING_ACTION_STATUSES.includes(action.status) || action.dueDate.getTime() >= today.getTime()) return 0;
  return Math.round((today.getTime() - action.dueDate.getTime()) / 86_400_000);
}
