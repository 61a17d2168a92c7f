import { optionalText, requiredReference, requiredText } from './form-fields.js';
import { strictForm } from './strict-form.js';

/** A senior manager's notes from an observed visit; the worker is named by reference only. */
export const observedVisitSubmissionSchema = strictForm({
  workerReference: requiredReference('the worker’s reference'),
  observed: requiredText(4000, 'what you observed'),
  feedbackGiven: optionalText(4000, 'the feedback given'),
  learning: optionalText(4000, 'the learning'),
}).transform(({ workerReference, observed, feedbackGiven, learning }) => ({
  workerReference,
  observed,
  ...(feedbackGiven ? { feedbackGiven } : {}),
  ...(learning ? { learning } : {}),
}));
export type ObservedVisitSubmission = typeof observedVisitSubmissionSchema._zod.output;
