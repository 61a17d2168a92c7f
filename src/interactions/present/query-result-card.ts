import type { QueryResultData } from '../../cards/card-data.js';
import { renderCard } from '../../cards/render-card.js';
import type { ActionPage } from '../../domain/action/action-search.js';
import type { Actor } from '../../domain/people/actor.js';
import type { Stores } from '../../store/stores.js';
import type { Reply } from '../reply.js';
import { actionRows } from './action-rows.js';

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
  /** Whose view of the answer differs (answer-viewers.ts), most important first. */
  viewerIds: readonly string[] = [viewer.id],
): Promise<Reply> {
  const pages = Math.max(1, Math.ceil(found.total / found.pageSize));
  const data: QueryResultData = {
    question: question.heading,
    query: question.text,
    totalLabel: found.total === 1 ? '1 action' : `${found.total} actions`,
    pageLabel: `Page ${found.page + 1} of ${pages}`,
    rows: await actionRows(stores, found.actions, viewer, now),
    // Paging buttons send the page number the person will see (1-based).
    previousPage: found.page > 0 ? String(found.page) : '',
    nextPage: found.page + 1 < pages ? String(found.page + 2) : '',
    viewers: {
      actionIds: found.actions.map((action) => action._id).join(','),
      page: String(found.page),
      total: String(found.total),
      personIds: viewerIds,
    },
  };
  return {
    card: renderCard('query-result', data),
    text: `${question.heading}: ${data.totalLabel}`,
    audience: 'person',
  };
}
