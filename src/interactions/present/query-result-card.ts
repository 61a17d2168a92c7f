import type { QueryResultData } from '../../cards/card-data.js';
import { displayDate, overdueLabel } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import type { ActionPage } from '../../domain/action/action-search.js';
import { allowedActionSteps } from '../../domain/action/allowed-steps.js';
import type { Actor } from '../../domain/people/actor.js';
import { actionStepButtons } from './action-step-buttons.js';
import { ACTION_STATUS_LABELS } from '../../domain/action/status.js';
import { londonCalendarDate } from '../../domain/shared/london-time.js';
import type { Stores } from '../../store/stores.js';
import type { Reply } from '../reply.js';
import { peopleNames } from './people-names.js';

/**
 * A page of actions answering a question: each action with the buttons of the steps the person asking may
 * take on it (they work as on the action's own card), and buttons for the pages before and after.
 */
export async function queryResultCard(
  stores: Stores,
  question: { heading: string; text: string },
  found: ActionPage & { page: number; pageSize: number },
  viewer: Actor,
  now: Date,
): Promise<Reply> {
  const names = await peopleNames(
    stores,
    found.actions.map((action) => action.ownerId),
  );
  const districts = new Map((await stores.districts.all()).map((district) => [district._id, district.name]));
  const today = londonCalendarDate(now);
  const pages = Math.max(1, Math.ceil(found.total / found.pageSize));
  const data: QueryResultData = {
    question: question.heading,
    query: question.text,
    totalLabel: found.total === 1 ? '1 action' : `${found.total} actions`,
    pageLabel: `Page ${found.page + 1} of ${pages}`,
    rows: found.actions.map((action) => ({
      actionId: action._id,
      buttons: actionStepButtons(action._id, allowedActionSteps(action, viewer, now)),
      reference: action.reference ?? '',
      what: action.what,
      ownerName: names.get(action.ownerId) ?? '',
      districtName: districts.get(action.districtId) ?? action.districtId,
      dueLabel: displayDate(action.dueDate),
      statusLabel: ACTION_STATUS_LABELS[action.status],
      overdueLabel: ['open', 'acknowledged', 'in_progress'].includes(action.status)
        ? overdueLabel(action.dueDate, today)
        : '',
    })),
    // Paging buttons send the page number the person will see (1-based).
    previousPage: found.page > 0 ? String(found.page) : '',
    nextPage: found.page + 1 < pages ? String(found.page + 2) : '',
  };
  return {
    card: renderCard('query-result', data),
    text: `${question.heading}: ${data.totalLabel}`,
    audience: 'person',
  };
}
