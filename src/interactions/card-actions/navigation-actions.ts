import { DomainError } from '../../domain/shared/domain-error.js';
import { handleText } from '../handle-text.js';
import { formCard } from '../present/form-cards.js';
import type { VerbHandler } from './verb-handler.js';

/** A button that opens a form for the record it is about. */
export const formOpened: VerbHandler<'form.open'> = (deps, { person, context }) =>
  formCard(deps, person, context.form, {
    ...(context.challengeDayId ? { challengeDayId: context.challengeDayId } : {}),
    ...(context.actionId ? { actionId: context.actionId } : {}),
    ...(context.reportId ? { reportId: context.reportId } : {}),
    ...(context.actionKey ? { actionKey: context.actionKey } : {}),
  });

/** "Next page" on a query result: the same question, asked again for that page. */
export const queryPaged: VerbHandler<'query.page'> = async (deps, { person, context }) => {
  const conversation = (await deps.stores.conversationLinks.personalChatsOf(person._id))[0];
  if (!conversation) throw new DomainError('not_found', 'Ask the question again in a chat with the bot.');
  return handleText(deps, { person, text: context.query, conversation }, context.page - 1);
};
