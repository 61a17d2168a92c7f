import { z } from 'zod/v4';
import { caseReferenceSchema } from '../case-finding/case-reference.js';
import { boundedText, entityId, isoDate } from '../shared/fields.js';
import { CASE_TYPES } from './case-type.js';
import { CASE_FILE_LIMITS } from './read-case-file.js';

/** A worker's reference as the case system writes it: letters, digits and separators, no names. */
export const WORKER_REFERENCE_SHAPE = /^(?=.*\d)[A-Z0-9][A-Z0-9/-]{1,23}$/;

/** One open case on a district's list: references only, never anything about the child. */
export const listedCaseSchema = z.strictObject({
  caseReference: caseReferenceSchema,
  teamId: entityId,
  teamName: boundedText(80),
  /** Absent when the case has no allocated worker. */
  workerReference: z.string().regex(WORKER_REFERENCE_SHAPE).optional(),
  caseType: z.enum(CASE_TYPES),
  dateOpened: isoDate,
});
export type ListedCase = z.infer<typeof listedCaseSchema>;

/** A line of the file that was not imported, and why (never repeating what looked like a child's details). */
export const refusedCaseLineSchema = z.strictObject({
  line: z.number().int().min(2),
  reasons: z.array(boundedText(400)).min(1).max(10),
});
export type RefusedCaseLine = z.infer<typeof refusedCaseLineSchema>;

/**
 * A case list a QA manager sent the bot, for one district: pending between its dry run and Apply, then the
 * district's current list until the next one is applied (which replaces it). Only the rows that passed are
 * kept, so a refused row's contents are never stored.
 */
export const caseListSchema = z.strictObject({
  _id: entityId,
  districtId: entityId,
  fileName: boundedText(255),
  uploadedBy: entityId,
  uploadedAt: z.date(),
  rowCount: z.number().int().min(0).max(CASE_FILE_LIMITS.rows),
  cases: z.array(listedCaseSchema).max(CASE_FILE_LIMITS.rows),
  refused: z.array(refusedCaseLineSchema).max(CASE_FILE_LIMITS.rows),
  appliedAt: z.date().optional(),
  appliedBy: entityId.optional(),
});
export type CaseList = z.infer<typeof caseListSchema>;
