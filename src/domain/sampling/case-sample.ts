import { z } from 'zod/v4';
import { caseReferenceSchema } from '../case-finding/case-reference.js';
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
      }),
    )
    .max(500),
  drawnById: entityId,
  drawnAt: z.date(),
});
export type CaseSample = z.infer<typeof caseSampleSchema>;
