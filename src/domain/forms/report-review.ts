import { optionalTextWithoutIdentity, requiredTextWithoutIdentity } from './identity-free-text.js';
import { strictForm } from './strict-form.js';

/**
 * A senior manager approving a report may add comments; one returning it must say what to change. The
 * comments show on the report's cards, so they must not name anyone (identity-free-text.ts).
 */
export const approveReportSubmissionSchema = strictForm({
  comments: optionalTextWithoutIdentity(4000, 'your comments'),
});

export const returnReportSubmissionSchema = strictForm({
  comments: requiredTextWithoutIdentity(4000, 'what needs to change before you can approve the report'),
});
