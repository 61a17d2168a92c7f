import type { QueryResultRow } from '../../cards/card-data.js';
import { displayDate, overdueLabel } from '../../cards/display-time.js';
import type { Action } from '../../domain/action/action.js';
import { allowedActionSteps } from '../../domain/action/allowed-steps.js';
import { ACTION_STATUS_LABELS, OUTSTANDING_ACTION_STATUSES } from '../../domain/action/status.js';
import type { Actor } from '../../domain/people/actor.js';
import { londonCalendarDate } from '../../domain/shared/london-time.js';
import type { Stores } from '../../store/stores.js';
import { actionStepButtons } from './action-step-buttons.js';
import { peopleNames } from './people-names.js';

/**
 * Actions as the lines of a list, each with the buttons of the steps the viewer may take on it (they work as
 * on the action's own card).
 */
export async function actionRows(
  stores: Stores,
  actions: readonly Action[],
  viewer: Actor,
  now: Date,
): Promise<QueryResultRow[]> {
  const names = await peopleNames(
    stores,
    actions.map((action) => action.ownerId),
  );
  const districts = new Map((await stores.districts.all()).map((district) => [district._id, district.name]));
  const today = londonCalendarDate(now);
  return actions.map((action) => ({
    actionId: action._id,
    buttons: actionStepButtons(action._id, allowedActionSteps(action, viewer, now)),
    reference: action.reference ?? '',
    what: action.what,
    ownerName: names.get(action.ownerId) ?? '',
    districtName: districts.get(action.districtId) ?? action.districtId,
    dueLabel: displayDate(action.dueDate),
    statusLabel: ACTION_STATUS_LABELS[action.status],
    overdueLabel: OUTSTANDING_ACTION_STATUSES.includes(action.status) ? overdueLabel(action.dueDate, today) : '',
  }));
}
