import { requestDateChangeSubmissionSchema } from '../../domain/forms/action-updates.js';
import { actionUpdateForm } from '../present/action-update-form.js';
import { actionStepVerb } from './action-step.js';

/** The owner asks a manager for a later date, saying why. */
export const actionRequestDateChangeVerb = actionStepVerb({
  name: 'action.requestDateChange',
  submission: requestDateChangeSubmissionSchema,
  form: actionUpdateForm('action.requestDateChange'),
  command: ({ requestedDate, reason }) => ({ kind: 'request_date_change', requestedDate, reason }),
});
