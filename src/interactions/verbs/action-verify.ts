import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { actionStepVerb } from './action-step.js';

/** A manager checks a completed action and agrees it is done. */
export const actionVerifyVerb = actionStepVerb({
  name: 'action.verify',
  submission: noInputSubmissionSchema,
  form: null,
  command: () => ({ kind: 'verify' }),
});
