import type { App } from '@slack/bolt';
import { searchOfModalInput } from '../../cards/slack/modal-submission.js';
import { fitLabel, SLACK_LIMITS } from '../../cards/slack/slack-limits.js';
import type { Choice } from '../../cards/vocabulary.js';
import { answerInTime, SLACK_ACKNOWLEDGE_WITHIN_MS } from '../../interactions/answer-in-time.js';
import { searchPeople } from '../../interactions/people-pickers/search-people.js';
import type { SlackListenerDeps } from './slack-bot-deps.js';

/**
 * A people picker's options, asked by Slack for what is typed into an external select of one of the bot's
 * modals (a `block_suggestion` request, signed like every other, to the options load URL in the manifest).
 * What the select searches comes from the modal's own metadata; who is searching from the request's user.
 * Someone the bot does not know, or a search that fails, gets no options.
 */
export function registerPeopleSearch(app: App, deps: SlackListenerDeps): void {
  app.options<'block_suggestion'>({ type: 'block_suggestion' }, async ({ ack, body }) => {
    let found: Choice[] = [];
    try {
      found = await answerInTime(
        async () => {
          const who = await deps.identify(body.user.id);
          if (!who.ok) return [];
          const dataset = searchOfModalInput(body.view?.private_metadata ?? '', body.action_id);
          return searchPeople(deps.interactions.stores, who.value, { dataset, typed: body.value });
        },
        SLACK_ACKNOWLEDGE_WITHIN_MS,
        deps.lateFailure,
      );
    } catch (error) {
      deps.lateFailure(error);
    }
    await ack({
      options: found.map((choice) => ({
        text: { type: 'plain_text' as const, text: fitLabel(choice.title, SLACK_LIMITS.optionText) },
        value: choice.value,
      })),
    });
  });
}
