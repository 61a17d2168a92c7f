import { declineDateChangeSubmissionSchema } from '../../domain/forms/action-updates.js';
import { actionUpdateForm } from '../present/action-update-form.js';
import { actionStepVerb } from './action-step.js';

/** A manager refuses the date the owner asked for, saying why. */
export const actionDeclineDateChangeVerb = actionStepVerb({
  name: 'action.declineDateChange',
  submission: declineDateChangeSubmissionSchema,
  form: actionUpdateForm('action.declineDateChange'),
  command: ({ reason }) => ({ kind: 'decline_date_change', reason }),
});
