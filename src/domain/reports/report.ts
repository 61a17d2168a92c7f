import { z } from 'zod/v4';
import { boundedText, entityId } from '../shared/fields.js';
import { versionedFields } from '../shared/history.js';

export const REPORT_STATUSES = ['draft', 'submitted', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * The QA manager's report of a Challenge Day. A senior manager who did not draft it approves it or
 * returns it to draft with comments; the comments stay on the report.
 */
export const reportSchema = z.strictObject({
  _id: entityId,
  challengeDayId: entityId,
  districtId: entityId,
  status: z.enum(REPORT_STATUSES),
  draftedById: entityId,
  summary: boundedText(8000).optional(),
  actionIds: z.array(entityId).max(200),
  returns: z.array(z.strictObject({ byId: entityId, at: z.date(), comments: boundedText(4000) })).max(50),
  approvedById: entityId.optional(),
  approvedAt: z.date().optional(),
  createdAt: z.date(),
  ...versionedFields,
});
export type Report = z.infer<typeof reportSchema>;
