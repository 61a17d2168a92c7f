import { completeActionSubmissionSchema } from '../../domain/forms/action-updates.js';
import { actionUpdateForm } from '../present/action-update-form.js';
import { actionStepVerb } from './action-step.js';

/** The owner marks the action done, with the evidence a manager will check. */
export const actionCompleteVerb = actionStepVerb({
  name: 'action.complete',
  submission: completeActionSubmissionSchema,
  form: actionUpdateForm('action.complete'),
  command: ({ evidence }) => ({ kind: 'complete', evidence }),
});
