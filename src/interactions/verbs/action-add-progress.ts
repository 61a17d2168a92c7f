import { addProgressSubmissionSchema } from '../../domain/forms/action-updates.js';
import { actionUpdateForm } from '../present/action-update-form.js';
import { actionStepVerb } from './action-step.js';

/** A note of what has been done so far. */
export const actionAddProgressVerb = actionStepVerb({
  name: 'action.addProgress',
  submission: addProgressSubmissionSchema,
  form: actionUpdateForm('action.addProgress'),
  command: ({ note }) => ({ kind: 'add_progress', note }),
});
