import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { markPersonLeft } from '../../domain/people/manage-person.js';
import { mayManagePeople } from '../../domain/people/permissions.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { savePersonChange } from '../../store/person-changes.js';
import { leavingForm } from '../present/leaving-form.js';
import { manageablePerson } from '../present/person-form.js';
import { personLeavingCard } from '../present/person-leaving-card.js';
import { defineVerb } from './card-verb.js';
import { personContext } from './verb-contexts.js';

/**
 * "Record that Helen Ward has left", confirmed: the record says when, their access ends with their next
 * message, and the manager is shown their open actions to give to someone. Pressed again (or delivered
 * twice), it shows the same, recorded once.
 */
export const personLeftVerb = defineVerb({
  name: 'person.left',
  context: personContext,
  submission: noInputSubmissionSchema,
  form: leavingForm,
  mayUse: mayManagePeople,
  async handle(deps, { actor, context, now }) {
    const before = await manageablePerson(deps.stores, actor, context.personId);
    if (!before.ok) return before;
    let leaver = before.value;
    if (!leaver.leftAt) {
      const change = markPersonLeft(leaver, { actor, at: now });
      if (!change.ok) return change;
      const saved = await savePersonChange(deps.stores, change.value);
      if (!saved.ok) return saved;
      leaver = saved.value;
    }
    // It replaces the confirmation pressed, so the same button cannot be pressed again.
    return succeed({ ...(await personLeavingCard(deps.stores, leaver)), audience: 'everyone' });
  },
});
