import type { App } from '@slack/bolt';
import { modalSubmission } from '../../cards/slack/modal-submission.js';
import { answerInTime, SLACK_ACKNOWLEDGE_WITHIN_MS } from '../../interactions/answer-in-time.js';
import { cardActionFailed, handleCardAction } from '../../interactions/handle-card-action.js';
import type { Reply } from '../../interactions/reply.js';
import type { Person } from '../../domain/people/person.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { errorsByBlock, firstBlockError } from './errors-by-block.js';
import { openedFromHome, readOrigin } from './modal-origin.js';
import { publishHome, publishHomeMessage, refreshHome } from './publish-home.js';
import { showReply } from './show-reply.js';
import { slackCommandId } from './slack-command-id.js';
import type { SlackListenerDeps } from './slack-bot-deps.js';

/**
 * A submitted form. Answered inside Slack's acknowledgement: errors keep the modal open under the inputs
 * they are about; anything else closes it and is shown on the message the form was opened from, or at the
 * top of App Home when it was opened there (the home is published again after every step either way).
 */
export function registerModals(app: App, deps: SlackListenerDeps): void {
  app.view({ type: 'view_submission' }, async ({ ack, body, view, client }) => {
    let reply: Reply;
    let person: Person | undefined;
    try {
      const answered = await answerInTime(
        async (): Promise<Reply | { notRegistered: string }> => {
          const who = await deps.recognise(body.user.id);
          if (!who.ok) return { notRegistered: who.error.userMessage };
          person = who.value;
          const { verb, payload } = modalSubmission(view);
          return handleCardAction(deps.interactions, {
            person: who.value,
            verb,
            payload,
            commandId: slackCommandId(view.id, payload),
          });
        },
        SLACK_ACKNOWLEDGE_WITHIN_MS,
        deps.lateFailure,
      );
      if ('notRegistered' in answered) {
        await ack({ response_action: 'errors', errors: firstBlockError(view.blocks, answered.notRegistered) });
        return;
      }
      reply = answered;
    } catch (error) {
      // Who sent it could not be looked up, or the database did not answer in time: Slack is still
      // acknowledged in time, and the modal stays open with the entry.
      const { verb, payload } = modalSubmission(view);
      reply = cardActionFailed(error, verb, payload);
    }
    if (reply.fieldErrors && Object.keys(reply.fieldErrors).length > 0) {
      // Shown under each input in the modal, which stays open with what the person typed.
      await ack({ response_action: 'errors', errors: errorsByBlock(view.blocks, reply.fieldErrors) });
      return;
    }
    await ack();
    if (openedFromHome(view.private_metadata)) {
      // Opened from App Home: the home shows the step taken (or why not) at its top. The modal is closed
      // already, so a failure to publish can only be logged.
      const published = person
        ? publishHome(client, deps.interactions, body.user.id, succeed(person), reply.text)
        : publishHomeMessage(client, body.user.id, reply.text);
      await published.catch(deps.lateFailure);
      return;
    }
    await showReply(client, reply, readOrigin(view.private_metadata), body.user.id);
    if (person) await refreshHome(client, deps, body.user.id, person);
  });
}
