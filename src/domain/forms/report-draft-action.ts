import { ACTION_PRIORITIES } from '../action/status.js';
import { z } from 'zod/v4';
import { entityId } from '../shared/fields.js';
import { calendarDateInput, oneOf, toggle } from './form-fields.js';
import { requiredTextWithoutIdentity } from './identity-free-text.js';
import { strictForm } from './strict-form.js';

const CHOOSE_OWNER = 'Choose who owns the action.';

/**
 * The QA manager's change to one recommended action in the draft report: its wording, owner, due date
 * and priority, or leaving it out of the plan altogether.
 */
export const reportDraftActionSubmissionSchema = strictForm({
  // The wording goes on the action's card, reminders and digests: it must not name anyone.
  what: requiredTextWithoutIdentity(1000, 'what must be done'),
  ownerId: z.string({ error: CHOOSE_OWNER }).refine((id) => entityId.safeParse(id).success, { error: CHOOSE_OWNER }),
  dueDate: calendarDateInput('the due date'),
  priority: oneOf(ACTION_PRIORITIES, 'a priority'),
  leaveOut: toggle,
});
