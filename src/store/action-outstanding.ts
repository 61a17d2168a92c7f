import type { Document } from 'mongodb';
import type { Action } from '../domain/action/action.js';
import { ACTION_STATUSES, OUTSTANDING_ACTION_STATUSES, type ActionStatus } from '../domain/action/status.js';
import type { DerivedFields } from './validated-collection.js';

/**
 * Whether an action is outstanding, stored beside it. The lists people ask for most (outstanding, overdue,
 * due this week) read three statuses; matched with `$in`, an index can give each status's matches in due
 * order but not all three in one order, so the engine reads every match and sorts them before the first
 * page. One equality on this field keeps the index's order running into the sort.
 */
export const OUTSTANDING_FIELD: DerivedFields<Action> = {
  names: ['outstanding'],
  of: (action) => ({ outstanding: isOutstandingStatus(action.status) }),
};

/**
 * The condition on stored fields that picks actions in these statuses, with one equality wherever one says
 * it, so the index on (..., that field, dueDate, _id) reads the matches in the lists' order.
 */
export function statusCondition(statuses: readonly ActionStatus[]): Document {
  const wanted = new Set(statuses);
  const outstanding = ACTION_STATUSES.filter((status) => wanted.has(status) && isOutstandingStatus(status));
  const finished = ACTION_STATUSES.filter((status) => wanted.has(status) && !isOutstandingStatus(status));
  const allOutstanding = outstanding.length === OUTSTANDING_ACTION_STATUSES.length;
  const allFinished = finished.length === ACTION_STATUSES.length - OUTSTANDING_ACTION_STATUSES.length;
  if (allOutstanding && allFinished) return {};
  if (allOutstanding && finished.length === 0) return { outstanding: true };
  if (allFinished && outstanding.length === 0) return { outstanding: false };
  if (wanted.size === 1) return { status: statuses[0] };
  return { status: { $in: [...wanted] } };
}

function isOutstandingStatus(status: ActionStatus): boolean {
  return OUTSTANDING_ACTION_STATUSES.includes(status);
}
