import type { ActionSearch } from '../../src/domain/action/action-search.js';
import { OUTSTANDING_ACTION_STATUSES } from '../../src/domain/action/status.js';
import { londonCalendarDate } from '../../src/domain/shared/london-time.js';

/** The search "overdue actions for <district>" makes at `now` (answer-actions-question.ts). */
export function overdueIn(districtId: string, now: Date): ActionSearch {
  return { districtIds: [districtId], statuses: OUTSTANDING_ACTION_STATUSES, dueBefore: londonCalendarDate(now) };
}
