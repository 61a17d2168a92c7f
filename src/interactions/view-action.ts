import { z } from 'zod/v4';
import type { CardJson } from '../cards/card-templates.js';
import { ONLOOKER, shownAs } from '../domain/action/shown-as.js';
import { actorFor } from '../domain/people/actor.js';
import type { Person } from '../domain/people/person.js';
import { entityId } from '../domain/shared/fields.js';
import type { Stores } from '../store/stores.js';
import { actionCard } from './present/action-card.js';
import { errorReply } from './present/message-cards.js';

/** The verb an action card names for showing it again to one viewer (cards/action.json, `refresh`). */
export const ACTION_VIEW_VERB = 'action.view';

/** What the card's refresh carries: the action it shows, and nothing else. */
const actionViewData = z.strictObject({ actionId: entityId });

/** A request for one viewer's own copy of a card posted where many read it. */
export interface ViewerRequest {
  /** The registered person looking, from the authenticated request; null for someone unknown or who has left. */
  readonly viewer: Person | null;
  /** The refresh's data, as the client sent it back: checked here before anything reads it. */
  readonly data: unknown;
  /** The district of the conversation the card is shown in, when that conversation is linked to one. */
  readonly conversationDistrictId?: string;
}

/**
 * An action card as one viewer sees it (domain/action/shown-as.ts): with the buttons they may use, none for
 * an onlooker in the action's district, and a line with no detail for anyone else or an action that is gone.
 * It only reads: nothing is recorded, audited or changed, however often a client asks.
 */
export async function actionCardForViewer(stores: Stores, request: ViewerRequest, now: Date): Promise<CardJson> {
  const data = actionViewData.safeParse(request.data);
  const action = data.success ? await stores.actions.findById(data.data.actionId) : null;
  const viewer = action && shownAs(action, request.viewer && actorFor(request.viewer), request.conversationDistrictId);
  if (!action || !viewer) return notShown();
  return (await actionCard(stores, action, viewer, now, 'person')).card;
}

/** An action card's refresh, as cards/action.json writes it. */
const actionRefresh = z.object({ action: z.object({ verb: z.literal(ACTION_VIEW_VERB), data: actionViewData }) });

/**
 * The copy of a card that everyone in a shared conversation sees when each viewer fetches their own: an
 * action card with nobody's buttons, so nobody is offered the steps of the person who pressed last. Any
 * other card is shared as it is.
 */
export async function cardForEveryone(stores: Stores, card: CardJson, now: Date): Promise<CardJson> {
  const refresh = actionRefresh.safeParse(card.refresh);
  if (!refresh.success) return card;
  const action = await stores.actions.findById(refresh.data.action.data.actionId);
  return action ? (await actionCard(stores, action, ONLOOKER, now, 'everyone')).card : card;
}

/** What someone is shown instead of an action they may not see: nothing about it. */
export function notShown(): CardJson {
  return errorReply('Not shown here', 'This action is not one you can see. Ask the bot about your own actions.').card;
}
