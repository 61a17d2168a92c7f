import { mayReassignActions } from '../../domain/action/permissions.js';
import { reassignAction } from '../../domain/action/reassign-action.js';
import { reassignActionSubmissionSchema } from '../../domain/forms/reassign-action.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { Person } from '../../domain/people/person.js';
import type { Actor } from '../../domain/people/actor.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { receipt } from '../present/message-cards.js';
import { peopleNames } from '../present/people-names.js';
import { reachNote } from '../present/reach-note.js';
import { reassignForm } from '../present/reassign-form.js';
import type { Reply } from '../reply.js';
import { defineVerb } from './card-verb.js';
import { actionContext } from './verb-contexts.js';

/** A manager gives one action to someone else, saying why, from its card, an answer, or in words. */
export const actionReassignVerb = defineVerb({
  name: 'action.reassign',
  context: actionContext,
  submission: reassignActionSubmissionSchema,
  form: reassignForm,
  mayUse: mayReassignActions,
  async handle(deps, { person, actor, context, submission, commandId, now }) {
    const done = await giveActionToSomeoneElse(deps, { person, actor, commandId, now }, context.actionId, submission);
    // Whom it goes to is what the form can correct (someone who has left, or works elsewhere): said beside the picker.
    return !done.ok && done.error.reason === 'invalid_input'
      ? refuse('invalid_input', done.error.userMessage, { newOwnerId: done.error.userMessage })
      : done;
  },
});

/**
 * Reassigns the action and tells everyone concerned: the new owner gets its card, the previous owner a note
 * of to whom, why and by whom, and every copy of its card shows the new owner. The manager's receipt says
 * whom the messages reached.
 */
export async function giveActionToSomeoneElse(
  deps: InteractionDeps,
  request: { readonly person: Person; readonly actor: Actor; readonly commandId: string; readonly now: Date },
  actionId: string,
  to: { readonly newOwnerId: string; readonly reason: string },
): Promise<Outcome<Reply>> {
  const { person, actor, commandId, now } = request;
  const done = await reassignAction(
    {
      findById: (id) => deps.stores.actions.findById(id),
      saveTransition: (before, after) => deps.stores.actions.saveTransition(before, after),
      findPerson: (id) => deps.stores.people.findById(id),
    },
    actionId,
    to,
    { actor, commandId, now },
  );
  if (!done.ok) return done;
  const { action, deliveries } = done.value;
  const queued = await deps.deliver(deliveries);
  await deps.refreshActionCopies(action._id);
  const sent = await reachNote(deps.stores, deliveries, queued, { reached: 'Told', otherwise: 'tell them directly' });
  const newOwner = (await peopleNames(deps.stores, [to.newOwnerId])).get(to.newOwnerId) ?? 'the new owner';
  return succeed(
    receipt(
      `${action.reference ?? 'The action'} given to ${newOwner}`,
      person.displayName,
      now,
      [
        { title: 'Action', value: action.what },
        { title: 'Why', value: to.reason },
      ],
      `${sent} The change is in the action’s history.`.trim(),
    ),
  );
}
