import { personFormSchema } from '../../domain/forms/person.js';
import { addPerson } from '../../domain/people/manage-person.js';
import { mayManagePeople } from '../../domain/people/permissions.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { idForCommand } from '../../domain/shared/new-id.js';
import { savePersonChange } from '../../store/person-changes.js';
import { receipt } from '../present/message-cards.js';
import { personFacts } from '../present/person-facts.js';
import { personForm } from '../present/person-form.js';
import { defineVerb } from './card-verb.js';
import { personReferencesHold } from './person-references.js';
import { noContext } from './verb-contexts.js';

/** The person form, submitted new: the person is registered, to be linked to their account when they first write. */
export const personAddVerb = defineVerb({
  name: 'person.add',
  context: noContext,
  submission: personFormSchema,
  form: personForm,
  mayUse: mayManagePeople,
  async handle(deps, { actor, person, submission, commandId, now }) {
    const references = await personReferencesHold(deps.stores, submission);
    if (!references.ok) return references;
    // The id comes from the submission, so the same form delivered twice registers one person.
    const id = idForCommand('person', commandId);
    let record = await deps.stores.people.findById(id);
    if (!record) {
      const change = addPerson(id, submission, { actor, at: now });
      if (!change.ok) return change;
      const saved = await savePersonChange(deps.stores, change.value);
      if (!saved.ok) return saved;
      record = saved.value;
    }
    return succeed(
      receipt(
        `${record.displayName} added`,
        person.displayName,
        now,
        await personFacts(deps.stores, record),
        `They will be linked to their Teams or Slack account the first time they write to the bot, from the account with the work email ${record.email ?? ''}.`,
      ),
    );
  },
});
