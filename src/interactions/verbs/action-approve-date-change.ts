import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { actionStepVerb } from './action-step.js';

/** A manager agrees to the date the owner asked for. */
export const actionApproveDateChangeVerb = actionStepVerb({
  name: 'action.approveDateChange',
  submission: noInputSubmissionSchema,
  form: null,
  command: () => ({ kind: 'approve_date_change' }),
});
