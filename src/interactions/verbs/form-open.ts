import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { anyRegisteredPerson } from '../../domain/shared/permission.js';
import { defineVerb } from './card-verb.js';
import { formOpenContext } from './verb-contexts.js';

/**
 * A button that opens another verb's form for the record it is about (Teams: a new card; Slack: a modal).
 * The form itself decides whether the person may see that record.
 */
export const formOpenVerb = defineVerb({
  name: 'form.open',
  context: formOpenContext,
  submission: noInputSubmissionSchema,
  form: null,
  mayUse: anyRegisteredPerson,
  handle: (_deps, { context: { form, ...ids }, openForm }) => openForm(form, ids),
});
