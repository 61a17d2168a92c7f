import type { Action } from './action.js';
import type { ActionStatus } from './status.js';

/** What to look for among actions; every field narrows the search. Due dates are calendar dates. */
export interface ActionSearch {
  /** Only these districts; absent means every district. */
  readonly districtIds?: readonly string[];
  readonly ownerId?: string;
  /** Owned by any of these people (a manager's team). */
  readonly ownerIds?: readonly string[];
  /** Only actions with a new date asked for by someone other than this person: the ones they may decide. */
  readonly dateRequestedNotBy?: string;
  readonly challengeDayId?: string;
  readonly statuses: readonly ActionStatus[];
  /** Due strictly before this date (for "overdue": before today). */
  readonly dueBefore?: Date;
  /** Due on or after `dueFrom` and on or before `dueTo`. */
  readonly dueFrom?: Date;
  readonly dueTo?: Date;
}

export interface ActionPage {
  readonly actions: readonly Action[];
  /** How many match in all, beyond this page. */
  readonly total: number;
}

/** The port for searching actions a page at a time, the soonest (most overdue) due first. */
export interface ActionFinder {
  searchActions(search: ActionSearch, page: { readonly skip: number; readonly limit: number }): Promise<ActionPage>;
  /** How many actions match, without reading them. */
  countActions(search: ActionSearch): Promise<number>;
}
