import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { anyRegisteredPerson } from '../../domain/shared/permission.js';
import { handleText } from '../handle-text.js';
import { defineVerb } from './card-verb.js';
import { queryPageContext } from './verb-contexts.js';

/** "Next page" on a query result: the same question, asked again for that page. */
export const queryPageVerb = defineVerb({
  name: 'query.page',
  context: queryPageContext,
  submission: noInputSubmissionSchema,
  form: null,
  // The question asked again is answered within what the person may see, as it was the first time.
  mayUse: anyRegisteredPerson,
  async handle(deps, { person, context }) {
    const conversation = (await deps.stores.conversationLinks.personalChatsOf(person._id))[0];
    if (!conversation) return refuse('not_found', 'Ask the question again in a chat with the bot.');
    return succeed(await handleText(deps, { person, text: context.query, conversation }, context.page - 1));
  },
});
