import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Choice } from '../../cards/vocabulary.js';
import { answerInTime, TEAMS_ANSWER_WITHIN_MS } from '../../interactions/answer-in-time.js';
import type { InteractionDeps } from '../../interactions/interaction-deps.js';
import { searchPeople } from '../../interactions/people-pickers/search-people.js';
import type { Logger } from '../../logger.js';
import { personFromTeams } from './teams-identity.js';

/**
 * A people picker's typeahead: Teams sends an `application/search` invoke for each name typed into an
 * Input.ChoiceSet whose `choices.data` is a Data.Query of one of our "people.…" datasets, and shows the
 * results (title, value) it gets back. Who is searching comes from the authenticated activity; someone the
 * bot does not know, or a search that fails, gets no names.
 */
export function registerPeopleSearch(
  app: Application<TurnState>,
  deps: { readonly interactions: InteractionDeps; readonly logger: Logger },
): void {
  app.adaptiveCards.search(/^people\./, async (context, _state, query): Promise<Choice[]> => {
    // One page of at most 15: a client asking for the next one is told there is none (type more of the name),
    // rather than shown the same people again.
    if (query.skip > 0) return [];
    try {
      return await answerInTime(
        async () => {
          const person = await personFromTeams(deps.interactions.stores, context);
          if (!person.ok) return [];
          return searchPeople(deps.interactions.stores, person.value, {
            dataset: query.parameters.dataset,
            typed: query.parameters.queryText,
          });
        },
        TEAMS_ANSWER_WITHIN_MS,
        (error) => deps.logger.warn({ err: error }, 'a people search finished after Teams stopped waiting'),
      );
    } catch (error) {
      deps.logger.warn({ err: error }, 'a people search failed; Teams was answered with no names');
      return [];
    }
  });
}
