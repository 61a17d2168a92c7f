import { z } from 'zod/v4';
import { digestScheduleSchema } from '../scheduling/digest-schedule.js';
import { boundedText, entityId } from '../shared/fields.js';

/**
 * A social care district and the multi-agency team (MAT) locality in the same area: a Challenge Day
 * audits both at once. Aliases are the other names people use for it ("NE Derbyshire").
 */
export const districtSchema = z.strictObject({
  _id: entityId,
  name: boundedText(80),
  matLocality: boundedText(80),
  aliases: z.array(boundedText(80)).max(20),
  /** When its weekly action-plan digest is posted; unset is Monday 09:00 (DEFAULT_DIGEST_SCHEDULE). */
  digestSchedule: digestScheduleSchema.optional(),
  /**
   * When it stopped being a district of the county. A district with history is retired, never deleted:
   * its Challenge Days and actions keep their district, but it is no longer offered or sent digests.
   */
  retiredAt: z.date().optional(),
});
export type District = z.infer<typeof districtSchema>;

/** Whether a district is still one of the county's: offered in pickers, recognised in questions, sent digests. */
export function isActive(district: District): boolean {
  return district.retiredAt === undefined;
}
