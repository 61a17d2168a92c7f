import { z } from 'zod/v4';
import { ACTION_STATES, actionStatusesFor } from '../questions/query.js';
import type { ActionSearch } from '../action/action-search.js';
import { calendarDateFromIso, londonCalendarDate } from '../shared/london-time.js';
import { entityId, isoDate } from '../shared/fields.js';

/**
 * Which actions an export holds: what the person asked for, carried in their signed link so the file is made
 * from it when the link is opened. Absent fields do not narrow it; no district means every district the
 * person may export. Due dates are calendar dates written YYYY-MM-DD, both ends included.
 */
export const actionExportFilterSchema = z.strictObject({
  state: z.enum(ACTION_STATES),
  districtId: entityId.optional(),
  ownerId: entityId.optional(),
  challengeDayId: entityId.optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
});
export type ActionExportFilter = z.infer<typeof actionExportFilterSchema>;

/** The search an export runs: its filter, within the districts the person may export (undefined: all). */
export function exportSearch(
  filter: ActionExportFilter,
  districtIds: readonly string[] | undefined,
  now: Date,
): ActionSearch {
  return {
    ...(filter.districtId ? { districtIds: [filter.districtId] } : districtIds ? { districtIds } : {}),
    ...(filter.ownerId ? { ownerId: filter.ownerId } : {}),
    ...(filter.challengeDayId ? { challengeDayId: filter.challengeDayId } : {}),
    statuses: actionStatusesFor(filter.state),
    ...(filter.state === 'overdue' ? { dueBefore: londonCalendarDate(now) } : {}),
    ...(filter.dueFrom ? { dueFrom: calendarDateFromIso(filter.dueFrom) } : {}),
    ...(filter.dueTo ? { dueTo: calendarDateFromIso(filter.dueTo) } : {}),
  };
}
