import { calendarDateInput } from './form-fields.js';
import { requiredTextWithoutIdentity } from './identity-free-text.js';
import { strictForm } from './strict-form.js';

/*
 * The small forms on an action: each becomes one ActionCommand (domain/action/lifecycle.ts). Buttons
 * without inputs (acknowledge, approve a date change, verify) submit nothing, so their schema is empty:
 * a client that sends anything extra is refused all the same. What is written shows on the action's card
 * and in reminders, so it must not name anyone (identity-free-text.ts).
 */

export const noInputSubmissionSchema = strictForm({});

export const requestDateChangeSubmissionSchema = strictForm({
  requestedDate: calendarDateInput('the new date'),
  reason: requiredTextWithoutIdentity(1000, 'why a new date is needed'),
});

export const addProgressSubmissionSchema = strictForm({
  note: requiredTextWithoutIdentity(2000, 'what has been done'),
});

export const completeActionSubmissionSchema = strictForm({
  evidence: requiredTextWithoutIdentity(2000, 'the evidence that the action is complete'),
});

export const declineDateChangeSubmissionSchema = strictForm({
  reason: requiredTextWithoutIdentity(1000, 'why the date cannot change'),
});

export const reopenActionSubmissionSchema = strictForm({
  reason: requiredTextWithoutIdentity(1000, 'why the action is reopened'),
});
