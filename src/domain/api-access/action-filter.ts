import type { ActionStatus } from '../action/status.js';

/**
 * What a client asks of the action plan, each field narrowing it. Built only from values the API's query
 * schema checked (ids, known statuses, dates), so nothing a client sends reaches a query as an operator.
 */
export interface ApiActionFilter {
  /** Only these districts; absent means every district. */
  readonly districtIds?: readonly string[];
  readonly statuses?: readonly ActionStatus[];
  readonly ownerId?: string;
  /** Overdue (or not) on this London calendar date, as the bot counts overdue everywhere (overdue.ts). */
  readonly overdue?: { readonly is: boolean; readonly today: Date };
  /** Due strictly before this calendar date. */
  readonly dueBefore?: Date;
  /** Due strictly after this calendar date. */
  readonly dueAfter?: Date;
  /** Created, or changed by a step of its lifecycle, at or after this instant. */
  readonly updatedSince?: Date;
}

/** Where a page starts: after this id (none for the first page), among the records created by `asOf`. */
export interface PagePosition {
  readonly after?: string;
  readonly asOf: Date;
}
