import { z } from 'zod/v4';
import { entityId } from '../shared/fields.js';
import { versionedFields } from '../shared/history.js';

/** The most people one register holds: everyone a day may name, and a few who came unannounced. */
export const MAX_REGISTER_PEOPLE = 600;

/**
 * The most of the day's people the register lists to tick, so that its card stays within what Teams and Slack
 * show. Anyone beyond them is added under "also came" if they came, and is not recorded as absent otherwise.
 */
export const REGISTER_LISTED_MAX = 150;

/**
 * Who came to a Challenge Day, as recorded on the day (or a few days after). One register per day: its id is
 * the day's, and a later submission replaces what it says, as a new version with its own history entry, so
 * the audit trail keeps every version.
 */
export const attendanceRegisterSchema = z.strictObject({
  /** The Challenge Day's id: one register per day. */
  _id: entityId,
  challengeDayId: entityId,
  districtId: entityId,
  /** Who came: people of the day, and anyone who came unannounced. */
  attendedIds: z.array(entityId).max(MAX_REGISTER_PEOPLE),
  /** The people of the day (named on it, or who answered its notice) who did not come. */
  absentIds: z.array(entityId).max(MAX_REGISTER_PEOPLE),
  /** Who came without being named on the day or answering its notice (also in attendedIds). */
  unannouncedIds: z.array(entityId).max(MAX_REGISTER_PEOPLE),
  recordedById: entityId,
  recordedAt: z.date(),
  ...versionedFields,
});
export type AttendanceRegister = z.infer<typeof attendanceRegisterSchema>;
