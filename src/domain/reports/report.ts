import { z } from 'zod/v4';
import { ACTION_PRIORITIES } from '../action/status.js';
import { ACTION_SOURCES } from '../action/action.js';
import { boundedText, calendarDate, entityId } from '../shared/fields.js';
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
  /** The recommendations as actions to be: they become actions, sent to their owners, when approved. */
  draftActions: z
    .array(
      z.strictObject({
        /** Which recommendation it came from ("<finding id>:<n>"), so drafting again never adds it twice. */
        key: z.string().min(1).max(200),
        what: boundedText(1000),
        ownerId: entityId,
        dueDate: calendarDate,
        priority: z.enum(ACTION_PRIORITIES),
        source: z.strictObject({ kind: z.enum(ACTION_SOURCES), id: entityId, summary: boundedText(300) }),
      }),
    )
    .max(200),
  /** Recommendations the QA manager left out of the plan; drafting again does not bring them back. */
  leftOutKeys: z.array(z.string().min(1).max(200)).max(200),
  actionIds: z.array(entityId).max(200),
  returns: z.array(z.strictObject({ byId: entityId, at: z.date(), comments: boundedText(4000) })).max(50),
  approvedById: entityId.optional(),
  approvedAt: z.date().optional(),
  createdAt: z.date(),
  ...versionedFields,
});
export type Report = z.infer<typeof reportSchema>;
