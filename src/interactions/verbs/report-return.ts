import { returnReportSubmissionSchema } from '../../domain/forms/report-review.js';
import { reviewReportVerb } from './review-report-verb.js';

/** A senior manager sends the report back to the QA manager with comments. */
export const reportReturnVerb = reviewReportVerb({
  name: 'report.return',
  submission: returnReportSubmissionSchema,
  approve: false,
});
