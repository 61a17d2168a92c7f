import { approveReportSubmissionSchema } from '../../domain/forms/report-review.js';
import { reviewReportVerb } from './review-report-verb.js';

/** A senior manager verifies the report; each action goes to its owner. */
export const reportApproveVerb = reviewReportVerb({
  name: 'report.approve',
  submission: approveReportSubmissionSchema,
  approve: true,
});
