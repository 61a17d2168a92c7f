import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { answerInTime, TEAMS_ANSWER_WITHIN_MS } from '../../interactions/answer-in-time.js';
import type { InteractionDeps } from '../../interactions/interaction-deps.js';
import { ACTION_VIEW_VERB, actionCardForViewer } from '../../interactions/view-action.js';
import type { Logger } from '../../logger.js';
import { channelConversationId } from './teams-conversation.js';
import { answerWithCard, answerWithError } from './teams-invoke-card.js';
import { personFromTeams } from './teams-identity.js';
import { teamsUserIdsFrom, withTeamsRefresh } from './teams-viewer-refresh.js';

/**
 * The refresh of an action card (`adaptiveCard/action` with the card's refresh verb): Teams sends it when
 * someone listed in the card's `refresh.userIds` sees the card (`trigger: automatic`), or when anyone chooses
 * Refresh on the message (`manual`). The answer is the card as that viewer sees it, for them alone. Who is
 * looking is only looked up, never registered or linked, and the conversation is not remembered: a refresh
 * writes nothing at all.
 */
export function registerActionRefresh(
  app: Application<TurnState>,
  deps: { readonly interactions: InteractionDeps; readonly logger: Logger },
): void {
  app.adaptiveCards.actionExecute(ACTION_VIEW_VERB, async (context, _state, data) => {
    try {
      const card = await answerInTime(
        () => viewerCard(deps, context, data),
        TEAMS_ANSWER_WITHIN_MS,
        (error) => deps.logger.warn({ err: error }, 'an action card refresh finished after Teams stopped waiting'),
      );
      await answerWithCard(context, card);
    } catch (error) {
      deps.logger.warn({ err: error }, 'an action card refresh failed; Teams keeps the card it shows');
      await answerWithError(context, 'The card could not be brought up to date just now.');
    }
    return '';
  });
}

async function viewerCard(deps: { readonly interactions: InteractionDeps }, context: TurnContext, data: unknown) {
  const { stores } = deps.interactions;
  const [person, conversation] = await Promise.all([
    personFromTeams(stores, context),
    stores.conversationLinks.findByConversation('teams', channelConversationId(context.activity.conversation.id)),
  ]);
  const card = await actionCardForViewer(
    stores,
    {
      viewer: person.ok ? person.value : null,
      data,
      ...(conversation?.districtId ? { conversationDistrictId: conversation.districtId } : {}),
    },
    deps.interactions.now(),
  );
  return withTeamsRefresh(card, teamsUserIdsFrom(stores));
}
