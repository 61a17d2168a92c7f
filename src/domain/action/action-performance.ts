import { monthRange } from '../scheduling/periods.js';
import { addWorkingDays, workingDaysBetween } from '../scheduling/working-days.js';
import { londonCalendarDate } from '../shared/london-time.js';
import type { Action } from './action.js';
import { isOverdue } from './overdue.js';

/** Owners are expected to acknowledge a new action within this many working days. */
export const ACKNOWLEDGE_WITHIN_WORKING_DAYS = 2;

/**
 * How a district kept to its action plan in one month, as the monthly performance summary reports it. Counts,
 * not rates, so months and districts add up and a rate is never shown for nothing.
 */
export interface MonthPerformance {
  readonly month: string;
  /** Actions due in the month. */
  readonly due: number;
  /** Of those, the ones completed on or before their due date (London calendar). */
  readonly onTime: number;
  /** Actions given in the month whose time to acknowledge has run out, or that were acknowledged. */
  readonly assigned: number;
  /** Of those, the ones acknowledged within two working days of being given. */
  readonly acknowledgedInTime: number;
}

/**
 * One month's performance from the actions of a district (any that were due or given in it; others are
 * ignored), as it stands on `today`. An action given near the month's end and not yet acknowledged counts
 * only once its two working days have passed, so the figure never blames an owner who still has time.
 */
export function monthPerformance(actions: readonly Action[], month: string, today: Date): MonthPerformance {
  const { from, until } = monthRange(month);
  const inMonth = (date: Date) => date.getTime() >= from.getTime() && date.getTime() < until.getTime();
  const due = actions.filter((action) => inMonth(action.dueDate));
  const onTime = due.filter(
    (action) => action.completion && londonCalendarDate(action.completion.at).getTime() <= action.dueDate.getTime(),
  );
  const given = actions
    .map((action) => ({ action, givenOn: londonCalendarDate(action.createdAt) }))
    .filter(({ givenOn }) => inMonth(givenOn));
  const counted = given.filter(
    ({ action, givenOn }) =>
      action.acknowledgedAt !== undefined ||
      addWorkingDays(givenOn, ACKNOWLEDGE_WITHIN_WORKING_DAYS).getTime() < today.getTime(),
  );
  const acknowledgedInTime = counted.filter(
    ({ action, givenOn }) =>
      action.acknowledgedAt !== undefined &&
      workingDaysBetween(givenOn, londonCalendarDate(action.acknowledgedAt)) <= ACKNOWLEDGE_WITHIN_WORKING_DAYS,
  );
  return {
    month,
    due: due.length,
    onTime: onTime.length,
    assigned: counted.length,
    acknowledgedInTime: acknowledgedInTime.length,
  };
}

/** A whole percentage, or null when there is nothing to measure. */
export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((100 * part) / whole);
}

/** The outstanding action that has been overdue longest, or null when none is overdue. */
export function oldestOverdue(actions: readonly Action[], now: Date): Action | null {
  const overdue = actions.filter((action) => isOverdue(action, now));
  overdue.sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime() || a._id.localeCompare(b._id));
  return overdue[0] ?? null;
}
