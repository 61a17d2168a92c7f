import { z } from 'zod/v4';
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

/**
 * "Open the report" reads nothing typed. On the verification card the comment box is sent with any button
 * pressed there, so it is accepted here and then ignored: opening the report must not lose or refuse it.
 */
export const openReportSubmissionSchema = strictForm({
  comments: z.string().max(4000).optional(),
});
