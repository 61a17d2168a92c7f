import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { CardJson } from '../../cards/card-templates.js';
import { answerInTime, TEAMS_ANSWER_WITHIN_MS } from '../../interactions/answer-in-time.js';
import type { InteractionDeps } from '../../interactions/interaction-deps.js';
import { ACTION_VIEW_VERB, actionCardForViewer, type ViewerRequest } from '../../interactions/view-action.js';
import { ANSWER_VIEW_VERB, answerForViewer } from '../../interactions/view-answer.js';
import type { Logger } from '../../logger.js';
import type { Stores } from '../../store/stores.js';
import { channelConversationId } from './teams-conversation.js';
import { answerWithCard, answerWithError } from './teams-invoke-card.js';
import { personFromTeams } from './teams-identity.js';
import { teamsUserIdsFrom, withTeamsRefresh } from './teams-viewer-refresh.js';

type ViewerCard = (stores: Stores, request: ViewerRequest, now: Date) => Promise<CardJson>;

/** Each card that shows every viewer their own copy: the verb of its refresh, and what renders that copy. */
const VIEWER_CARDS: Readonly<Record<string, ViewerCard>> = {
  [ACTION_VIEW_VERB]: actionCardForViewer,
  [ANSWER_VIEW_VERB]: answerForViewer,
};

/**
 * The refresh of an action card or of an answer listing actions (`adaptiveCard/action` with the card's
 * refresh verb): Teams sends it when someone listed in the card's `refresh.userIds` sees the card
 * (`trigger: automatic`), or when anyone chooses Refresh on the message (`manual`). The answer is the card as
 * that viewer sees it, for them alone. Who is looking is only looked up, never registered or linked, and the
 * conversation is not remembered: a refresh writes nothing at all.
 */
export function registerViewerRefresh(
  app: Application<TurnState>,
  deps: { readonly interactions: InteractionDeps; readonly logger: Logger },
): void {
  for (const [verb, render] of Object.entries(VIEWER_CARDS)) {
    app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
      try {
        const card = await answerInTime(
          () => viewerCard(deps.interactions, context, data, render),
          TEAMS_ANSWER_WITHIN_MS,
          (error) => deps.logger.warn({ err: error }, 'a card refresh finished after Teams stopped waiting'),
        );
        await answerWithCard(context, card);
      } catch (error) {
        deps.logger.warn({ err: error }, 'a card refresh failed; Teams keeps the card it shows');
        await answerWithError(context, 'The card could not be brought up to date just now.');
      }
      return '';
    });
  }
}

async function viewerCard(
  interactions: InteractionDeps,
  context: TurnContext,
  data: unknown,
  render: ViewerCard,
): Promise<CardJson> {
  const { stores } = interactions;
  const [person, conversation] = await Promise.all([
    personFromTeams(stores, context),
    stores.conversationLinks.findByConversation('teams', channelConversationId(context.activity.conversation.id)),
  ]);
  const card = await render(
    stores,
    {
      viewer: person.ok ? person.value : null,
      data,
      ...(conversation?.districtId ? { conversationDistrictId: conversation.districtId } : {}),
    },
    interactions.now(),
  );
  return withTeamsRefresh(card, teamsUserIdsFrom(stores));
}
