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
  if (!isOverdue(action, now)) return 0;
  return Math.round((londonCalendarDate(now).getTime() - action.dueDate.getTime()) / 86_400_000);
}
