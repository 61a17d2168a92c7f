import { optionalText, requiredText } from './form-fields.js';
import { strictForm } from './strict-form.js';

/** A senior manager approving a report may add comments; one returning it must say what to change. */
export const approveReportSubmissionSchema = strictForm({
  comments: optionalText(4000, 'your comments'),
});

export const returnReportSubmissionSchema = strictForm({
  comments: requiredText(4000, 'what needs to change before you can approve the report'),
});
