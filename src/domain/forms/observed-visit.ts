import { MAX_THEMES_PER_RECORD } from '../themes/chosen-themes.js';
import { AUDIT_SITES } from '../challenge-day/challenge-day.js';
import { idList, oneOf, optionalText, requiredReference, requiredText } from './form-fields.js';
import { strictForm } from './strict-form.js';

/** A senior manager's notes from an observed visit; the worker is named by reference only. */
export const observedVisitSubmissionSchema = strictForm({
  workerReference: requiredReference('the worker’s reference'),
  observed: requiredText(4000, 'what you observed'),
  feedbackGiven: optionalText(4000, 'the feedback given'),
  learning: optionalText(4000, 'the learning'),
  learningThemes: idList(MAX_THEMES_PER_RECORD, 'learning themes'),
  /** Absent on a card sent before visits had a site: the day's own rule decides (submit-capture.ts). */
  site: oneOf(AUDIT_SITES, 'the site: the district or the MAT locality').optional(),
}).transform(({ workerReference, observed, feedbackGiven, learning, learningThemes, site }) => ({
  workerReference,
  ...(site ? { site } : {}),
  observed,
  ...(feedbackGiven ? { feedbackGiven } : {}),
  ...(learning ? { learning } : {}),
  /** Learning-theme ids as sent; the handler checks them against the live vocabulary before storing. */
  ...(learningThemes.length > 0 ? { learningThemeIds: learningThemes } : {}),
}));
export type ObservedVisitSubmission = typeof observedVisitSubmissionSchema._zod.output;
