import { z } from 'zod/v4';
import type { CardJson } from '../cards/card-templates.js';
import type { Action } from '../domain/action/action.js';
import { ONLOOKER, shownAs } from '../domain/action/shown-as.js';
import { actorFor } from '../domain/people/actor.js';
import { ACTIONS_PAGE_SIZE } from '../domain/questions/answer-actions-question.js';
import { boundedText, entityId } from '../domain/shared/fields.js';
import type { Stores } from '../store/stores.js';
import { answerViewers } from './present/answer-viewers.js';
import { queryResultCard } from './present/query-result-card.js';
import { notShown, type ViewerRequest } from './view-action.js';

/** The verb an answer listing actions names for showing it again to one viewer (cards/query-result.json). */
export const ANSWER_VIEW_VERB = 'query.view';

const count = z
  .string()
  .regex(/^\d{1,6}$/)
  .transform(Number);

/** What the answer's refresh carries: its page of actions and the words it was answered with. */
const answerViewData = z.strictObject({
  actionIds: z
    .string()
    .max(ACTIONS_PAGE_SIZE * 130)
    .transform((ids) => ids.split(',').filter(Boolean))
    .pipe(z.array(entityId).max(ACTIONS_PAGE_SIZE)),
  question: boundedText(300),
  query: z.string().max(1000),
  page: count,
  total: count,
});

/**
 * An answer listing actions as one viewer sees it: the same page of actions, each with the buttons this
 * viewer may use on it (domain/action/shown-as.ts), and without any action they may not see here. Like the
 * action card's refresh, it only reads.
 */
export async function answerForViewer(stores: Stores, request: ViewerRequest, now: Date): Promise<CardJson> {
  const data = answerViewData.safeParse(request.data);
  if (!data.success) return notShown();
  const viewer = request.viewer && actorFor(request.viewer);
  const found = await Promise.all(data.data.actionIds.map((id) => stores.actions.findById(id)));
  const shown = found.filter(
    (action): action is Action => action !== null && shownAs(action, viewer, request.conversationDistrictId) !== null,
  );
  const reply = await queryResultCard(
    stores,
    { heading: data.data.question, text: data.data.query },
    { actions: shown, total: data.data.total, page: data.data.page, pageSize: ACTIONS_PAGE_SIZE },
    viewer ?? ONLOOKER,
    now,
    await answerViewers(stores, viewer?.id ?? null, shown, true),
  );
  return reply.card;
}
