import { personFormSchema } from '../../domain/forms/person.js';
import { changePerson } from '../../domain/people/manage-person.js';
import { mayManagePeople } from '../../domain/people/permissions.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { savePersonChange } from '../../store/person-changes.js';
import { receipt } from '../present/message-cards.js';
import { personFacts } from '../present/person-facts.js';
import { manageablePerson, personForm } from '../present/person-form.js';
import { defineVerb } from './card-verb.js';
import { personReferencesHold } from './person-references.js';
import { personContext } from './verb-contexts.js';

/**
 * The person form, submitted for someone registered: their record is changed, with the old and new values
 * in the audit trail. A move to other districts changes what they see from their next message.
 */
export const personChangeVerb = defineVerb({
  name: 'person.change',
  context: personContext,
  submission: personFormSchema,
  form: personForm,
  mayUse: mayManagePeople,
  async handle(deps, { actor, person, context, submission, now }) {
    const before = await manageablePerson(deps.stores, actor, context.personId);
    if (!before.ok) return before;
    const references = await personReferencesHold(deps.stores, submission, context.personId);
    if (!references.ok) return references;
    const change = changePerson(before.value, submission, { actor, at: now });
    if (!change.ok) return change;
    if (!change.value) {
      return succeed(
        receipt(
          `Nothing to change for ${before.value.displayName}`,
          person.displayName,
          now,
          await personFacts(deps.stores, before.value),
          'Their record already says all of this.',
        ),
      );
    }
    const saved = await savePersonChange(deps.stores, change.value);
    if (!saved.ok) return saved;
    return succeed(
      receipt(
        `${saved.value.displayName} changed`,
        person.displayName,
        now,
        await personFacts(deps.stores, saved.value),
        'The old and new values are in the audit trail. What they may see changes from their next message.',
      ),
    );
  },
});
