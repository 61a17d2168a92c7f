import { calendarDateInput, requiredText } from './form-fields.js';
import { strictForm } from './strict-form.js';

/*
 * The small forms on an action: each becomes one ActionCommand (domain/action/lifecycle.ts). Buttons
 * without inputs (acknowledge, approve a date change, verify) submit nothing, so their schema is empty:
 * a client that sends anything extra is refused all the same.
 */

export const noInputSubmissionSchema = strictForm({});

export const requestDateChangeSubmissionSchema = strictForm({
  requestedDate: calendarDateInput('the new date'),
  reason: requiredText(1000, 'why a new date is needed'),
});

export const addProgressSubmissionSchema = strictForm({
  note: requiredText(2000, 'what has been done'),
});

export const completeActionSubmissionSchema = strictForm({
  evidence: requiredText(2000, 'the evidence that the action is complete'),
});

export const declineDateChangeSubmissionSchema = strictForm({
  reason: requiredText(1000, 'why the date cannot change'),
});

export const reopenActionSubmissionSchema = strictForm({
  reason: requiredText(1000, 'why the action is reopened'),
});
