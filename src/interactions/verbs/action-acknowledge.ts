import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { actionStepVerb } from './action-step.js';

/** The owner has seen the action and takes it on. */
export const actionAcknowledgeVerb = actionStepVerb({
  name: 'action.acknowledge',
  submission: noInputSubmissionSchema,
  form: null,
  command: () => ({ kind: 'acknowledge' }),
});
