import { z } from 'zod/v4';
import { boundedText, calendarDate, entityId } from '../shared/fields.js';
import { versionedFields } from '../shared/history.js';
import { actionReference } from './action-reference.js';
import { ACTION_PRIORITIES, ACTION_STATUSES } from './status.js';

export const ACTION_SOURCES = ['case_finding', 'focus_group', 'observed_visit', 'report'] as const;

/** The most progress notes one action keeps; more would make every read and save of it slow. */
export const MAX_PROGRESS_NOTES = 200;

/**
 * A recommendation of a verified report, owned by one person with a date to finish it by. Overdue is
 * never stored: it is worked out from dueDate and today's London date (overdue.ts).
 */
export const actionSchema = z.strictObject({
  _id: entityId,
  /**
   * The short reference people type ("A-12"). Given by the store when the action is created; optional only
   * because actions stored before references existed get theirs at the next start-up (backfillReferences).
   */
  reference: actionReference.optional(),
  challengeDayId: entityId,
  districtId: entityId,
  what: boundedText(1000),
  source: z.strictObject({ kind: z.enum(ACTION_SOURCES), id: entityId, summary: boundedText(300) }),
  ownerId: entityId,
  dueDate: calendarDate,
  priority: z.enum(ACTION_PRIORITIES),
  status: z.enum(ACTION_STATUSES),
  dateChangeRequest: z
    .strictObject({ requestedDate: calendarDate, reason: boundedText(1000), byId: entityId, at: z.date() })
    .optional(),
  progress: z.array(z.strictObject({ note: boundedText(2000), byId: entityId, at: z.date() })).max(MAX_PROGRESS_NOTES),
  completion: z.strictObject({ evidence: boundedText(2000), byId: entityId, at: z.date() }).optional(),
  acknowledgedAt: z.date().optional(),
  createdAt: z.date(),
  ...versionedFields,
});
export type Action = z.infer<typeof actionSchema>;
