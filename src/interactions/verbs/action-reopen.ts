import { reopenActionSubmissionSchema } from '../../domain/forms/action-updates.js';
import { actionUpdateForm } from '../present/action-update-form.js';
import { actionStepVerb } from './action-step.js';

/** A manager finds a completed action not done after all, and says why. */
export const actionReopenVerb = actionStepVerb({
  name: 'action.reopen',
  submission: reopenActionSubmissionSchema,
  form: actionUpdateForm('action.reopen'),
  command: ({ reason }) => ({ kind: 'reopen', reason }),
});
