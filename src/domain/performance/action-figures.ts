import { ACKNOWLEDGE_WITHIN_WORKING_DAYS } from '../action/action-performance.js';
import type { Action } from '../action/action.js';
import { OUTSTANDING_ACTION_STATUSES } from '../action/status.js';
import { addWorkingDays, workingDaysBetween } from '../scheduling/working-days.js';
import { isoFromCalendarDate, londonCalendarDate } from '../shared/london-time.js';

/**
 * What the figures read of an action; a whole action fits, and so does the little the store reads for them.
 * The due date is the one in force: an approved date change moved it, so the action counts against the new one.
 */
export type ActionFacts = Pick<Action, 'districtId' | 'createdAt' | 'dueDate' | 'status' | 'acknowledgedAt'> & {
  readonly completion?: { readonly at: Date };
};

/**
 * How actions were kept to over some months. Counts, never rates alone, so months and districts add up and a
 * rate is shown only beside what it is out of.
 */
export interface ActionCounts {
  /** Actions given (created) in the months. */
  readonly raised: number;
  /** Actions whose due date in the months has passed (the due day itself does not count until it is over). */
  readonly due: number;
  /** Of those, the ones completed on or before their due date (London calendar). */
  readonly completedOnTime: number;
  /** Actions given in the months whose two working days to acknowledge have run out, or that were acknowledged. */
  readonly acknowledgeMeasured: number;
  /** Of those, the ones acknowledged within two working days of being given. */
  readonly acknowledgedInTime: number;
}

export const NO_ACTIONS: ActionCounts = {
  raised: 0,
  due: 0,
  completedOnTime: 0,
  acknowledgeMeasured: 0,
  acknowledgedInTime: 0,
};

type Counter = { -readonly [K in keyof ActionCounts]: ActionCounts[K] };

/**
 * Adds each action to the month it was given and the month it fell due in (either may be outside the months
 * asked about; then that part is not counted), per district, in one pass over the actions. `today` is London's
 * calendar date: an action not yet acknowledged still inside its two working days, or due today or later, is
 * not counted against anyone.
 */
export function countByDistrictAndMonth(
  actions: readonly ActionFacts[],
  months: readonly string[],
  today: Date,
): Map<string, Map<string, ActionCounts>> {
  const counters = new Map<string, Map<string, Counter>>();
  const countersOf = (districtId: string) => {
    let own = counters.get(districtId);
    if (!own) {
      own = new Map(months.map((month) => [month, { ...NO_ACTIONS }]));
      counters.set(districtId, own);
    }
    return own;
  };
  const londonDay = londonDayReader();
  for (const action of actions) {
    const own = countersOf(action.districtId);
    const givenOn = londonDay(action.createdAt);
    const given = own.get(monthKey(givenOn));
    if (given) {
      given.raised += 1;
      const acknowledgedOn = action.acknowledgedAt && londonDay(action.acknowledgedAt);
      if (acknowledgedOn || addWorkingDays(givenOn, ACKNOWLEDGE_WITHIN_WORKING_DAYS).getTime() < today.getTime()) {
        given.acknowledgeMeasured += 1;
        if (acknowledgedOn && workingDaysBetween(givenOn, acknowledgedOn) <= ACKNOWLEDGE_WITHIN_WORKING_DAYS)
          given.acknowledgedInTime += 1;
      }
    }
    const due = own.get(monthKey(action.dueDate));
    if (due && action.dueDate.getTime() < today.getTime()) {
      due.due += 1;
      if (action.completion && londonDay(action.completion.at).getTime() <= action.dueDate.getTime())
        due.completedOnTime += 1;
    }
  }
  return counters;
}

/** The counts of several months (or districts) together. */
export function addCounts(counts: Iterable<ActionCounts>): ActionCounts {
  const total: Counter = { ...NO_ACTIONS };
  for (const each of counts) {
    for (const key of Object.keys(total) as (keyof ActionCounts)[]) total[key] += each[key];
  }
  return total;
}

/** Outstanding actions whose due date is before `today` (London), per district: overdue now, whenever given. */
export function countOverdueByDistrict(actions: readonly ActionFacts[], today: Date): Map<string, number> {
  const counts = new Map<string, number>();
  for (const action of actions) {
    if (OUTSTANDING_ACTION_STATUSES.includes(action.status) && action.dueDate.getTime() < today.getTime())
      counts.set(action.districtId, (counts.get(action.districtId) ?? 0) + 1);
  }
  return counts;
}

function monthKey(calendarDate: Date): string {
  return isoFromCalendarDate(calendarDate).slice(0, 7);
}

/**
 * London's calendar date of an instant, remembered per hour: London's offset changes only on the hour, so one
 * time-zone conversion serves every instant in that hour. A year of a county's actions needs a few thousand
 * conversions instead of hundreds of thousands.
 */
function londonDayReader(): (instant: Date) => Date {
  const byHour = new Map<number, number>();
  return (instant) => {
    const hour = Math.floor(instant.getTime() / 3_600_000);
    let offsetDay = byHour.get(hour);
    if (offsetDay === undefined) {
      offsetDay = londonCalendarDate(new Date(hour * 3_600_000)).getTime();
      byHour.set(hour, offsetDay);
    }
    return new Date(offsetDay);
  };
}
