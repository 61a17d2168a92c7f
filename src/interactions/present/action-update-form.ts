import type { ActionUpdateForm } from '../../cards/card-data.js';
import { displayDate } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import { maySeeAction } from '../../domain/action/permissions.js';
import { actorFor } from '../../domain/people/actor.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import type { FormRenderer } from '../verbs/card-verb.js';
import { formReply } from './form-reply.js';
import { peopleNames } from './people-names.js';

/**
 * The small form of one step on an action (ask for a new date, add progress, mark complete, refuse a date,
 * reopen), showing the action it is about. An action the person may not see is "not found".
 */
export function actionUpdateForm(form: ActionUpdateForm): FormRenderer {
  return async (deps, person, ids, state) => {
    const action = ids.actionId ? await deps.stores.actions.findById(ids.actionId) : null;
    if (!action || !maySeeAction(actorFor(person), action)) return refuse('not_found', 'That action was not found.');
    const names = await peopleNames(deps.stores, [action.ownerId]);
    const card = renderCard('action-update-form', {
      ...state,
      form,
      actionId: action._id,
      what: action.what,
      ownerName: names.get(action.ownerId) ?? '',
      dueLabel: displayDate(action.dueDate),
      requestedLabel: action.dateChangeRequest ? displayDate(action.dateChangeRequest.requestedDate) : '',
    });
    return succeed(formReply(card, action.what, state));
  };
}
