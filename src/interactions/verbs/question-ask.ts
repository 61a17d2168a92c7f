import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { linksTheConversation } from '../../domain/questions/read-commands.js';
import { readMessage } from '../../domain/questions/read-message.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { anyRegisteredPerson } from '../../domain/shared/permission.js';
import { handleText } from '../handle-text.js';
import { defineVerb } from './card-verb.js';
import { suggestedQuestionContext } from './verb-contexts.js';

/**
 * A suggested question pressed on the answer to a question the bot could not read: asked as if typed. Only
 * a question the bot offered is asked (its seal must match), so a changed button runs nothing else.
 */
export const questionAskVerb = defineVerb({
  name: 'question.ask',
  context: suggestedQuestionContext,
  submission: noInputSubmissionSchema,
  form: null,
  // The question is answered within what the person may see, as if they had typed it.
  mayUse: anyRegisteredPerson,
  async handle(deps, { person, context }) {
    if (!deps.suggestedQuestions.holds(context.question, context.seal)) {
      return refuse(
        'invalid_input',
        'That button was changed after the bot sent it, so its question was not asked. Type your question instead.',
      );
    }
    if (linksTheConversation(readMessage(context.question))) {
      return refuse('invalid_input', `Type “${context.question}” in the channel you mean: a button cannot say which.`);
    }
    const conversation = (await deps.stores.conversationLinks.personalChatsOf(person._id))[0];
    if (!conversation) return refuse('not_found', 'Ask the question again in a chat with the bot.');
    return succeed(await handleText(deps, { person, text: context.question, conversation }));
  },
});
