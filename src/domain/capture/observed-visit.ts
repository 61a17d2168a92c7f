import { z } from 'zod/v4';
import { caseReferenceSchema } from '../case-finding/case-reference.js';
import { AUDIT_SITES } from '../challenge-day/challenge-day.js';
import { boundedText, entityId } from '../shared/fields.js';

/** A senior manager's notes from accompanying a worker on a visit; the worker is named by reference. */
export const observedVisitSchema = z.strictObject({
  _id: entityId,
  submissionId: entityId,
  challengeDayId: entityId,
  seniorManagerId: entityId,
  workerReference: caseReferenceSchema,
  observed: boundedText(4000),
  feedbackGiven: boundedText(4000).optional(),
  learning: boundedText(4000).optional(),
  /** The learning themes chosen for it (themes/theme.ts ids); records from before themes carry none. */
  learningThemeIds: z.array(entityId).max(10).optional(),
  /** The site the visit was observed from: the district's or the MAT locality's; absent on notes from before two sites. */
  site: z.enum(AUDIT_SITES).optional(),
  submittedAt: z.date(),
});
export type ObservedVisit = z.infer<typeof observedVisitSchema>;
