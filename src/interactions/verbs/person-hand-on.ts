import { CARD_LIMITS } from '../../cards/card-limits.js';
import { handOnActions } from '../../domain/action/reassign-action.js';
import { handOnActionsSchema } from '../../domain/forms/hand-on-actions.js';
import { mayManagePeople } from '../../domain/people/permissions.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { leavingForm } from '../present/leaving-form.js';
import { receipt } from '../present/message-cards.js';
import { manageablePerson } from '../present/person-form.js';
import { reachNote } from '../present/reach-note.js';
import { defineVerb } from './card-verb.js';
import { personContext } from './verb-contexts.js';

/**
 * A leaver's open actions, all given to one person in one step: each is reassigned in its history, and its
 * card is sent to the new owner. Only someone recorded as having left has their actions handed on here.
 */
export const personHandOnVerb = defineVerb({
  name: 'person.handOn',
  context: personContext,
  submission: handOnActionsSchema,
  form: leavingForm,
  mayUse: mayManagePeople,
  async handle(deps, { actor, person, context, submission, commandId, now }) {
    const leaver = await manageablePerson(deps.stores, actor, context.personId);
    if (!leaver.ok) return leaver;
    if (!leaver.value.leftAt) {
      return refuse(
        'invalid_input',
        `Record that ${leaver.value.displayName} has left before giving their actions to someone.`,
      );
    }
    const actions = await deps.stores.actions.outstandingActionsForOwner(leaver.value._id);
    // Pressed again once they are all given on (or a retry of the step that gave them): nothing left to do.
    if (actions.length === 0) {
      return succeed(
        receipt(`${leaver.value.displayName} has no open actions to give on`, person.displayName, now, [], ''),
      );
    }
    const handed = await handOnActions(
      {
        findById: (id) => deps.stores.actions.findById(id),
        saveTransition: (before, after) => deps.stores.actions.saveTransition(before, after),
        findPerson: (id) => deps.stores.people.findById(id),
      },
      actions.map((action) => action._id),
      // The leaver is not told: they have left.
      { newOwnerId: submission.newOwnerId, reason: `${leaver.value.displayName} has left` },
      { actor, commandId, now },
    );
    if (!handed.ok) return handed;
    const { moved, refused, deliveries } = handed.value;
    // Nothing could go to that person (none of the actions is in a district they work in): say why, change nothing.
    const [firstRefusal] = refused;
    if (moved.length === 0 && firstRefusal) return refuse('invalid_input', firstRefusal.reason);
    const newOwner = await deps.stores.people.findById(submission.newOwnerId);
    const queued = await deps.deliver(deliveries);
    // The leaver's copies of each card show it is someone else's now, with none of its buttons.
    for (const action of moved) await deps.refreshActionCopies(action._id);
    const sent = await reachNote(deps.stores, deliveries, queued, {
      reached: 'Action cards sent to',
      otherwise: 'tell them directly',
    });
    const what = new Map(actions.map((action) => [action._id, action.what]));
    return succeed(
      receipt(
        `${moved.length} of ${leaver.value.displayName}’s actions given to ${newOwner?.displayName ?? 'the new owner'}`,
        person.displayName,
        now,
        [
          ...moved.map((action) => ({ title: 'Given on', value: action.what })),
          ...refused.map((entry) => ({
            title: 'Not moved',
            value: `${what.get(entry.actionId) ?? ''}: ${entry.reason}`,
          })),
        ].slice(0, CARD_LIMITS.receiptFacts),
        `${sent} Each change is in the action’s history.`.trim(),
      ),
    );
  },
});
