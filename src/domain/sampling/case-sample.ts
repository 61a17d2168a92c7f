import { z } from 'zod/v4';
import { caseReferenceSchema } from '../case-finding/case-reference.js';
import { CASE_TYPES } from '../case-list/case-type.js';
import { AUDIT_SITES } from '../challenge-day/challenge-day.js';
import { boundedText, entityId } from '../shared/fields.js';

/**
 * The cases drawn for audit on a Challenge Day. The seed and method are kept so that anyone can draw
 * the same sample again and see that it was fair.
 */
export const caseSampleSchema = z.strictObject({
  _id: entityId,
  challengeDayId: entityId,
  districtId: entityId,
  seed: boundedText(128),
  method: boundedText(1000),
  excludedAuditedWithinMonths: z.number().int().min(0).max(60),
  cases: z
    .array(
      z.strictObject({
        caseReference: caseReferenceSchema,
        teamName: boundedText(80),
        auditorId: entityId,
        /** The site of the case's team (district or MAT locality); absent on samples drawn before sites. */
        site: z.enum(AUDIT_SITES).optional(),
        /** Absent when drawn from a pasted list, which gives no type. */
        caseType: z.enum(CASE_TYPES).optional(),
      }),
    )
    .max(500),
  /**
   * How many sampled cases share their worker with another sampled case: above 0 only when the list had too
   * few workers for one case each. Absent on samples drawn before the rule.
   */
  casesSharingAWorker: z.number().int().min(0).max(500).optional(),
  drawnById: entityId,
  drawnAt: z.date(),
});
export type CaseSample = z.infer<typeof caseSampleSchema>;
