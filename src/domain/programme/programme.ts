import { z } from 'zod/v4';
import { calendarDate, entityId } from '../shared/fields.js';
import { versionedFields } from '../shared/history.js';

/** The longest gap the rota allows between a district's days, and the most weeks of warning a reminder gives. */
export const MAX_WEEKS_APART = 52;
export const MAX_REMINDER_WEEKS = 12;

/**
 * One district's place in the year's rota: its day (which covers the district and its MAT locality) comes every
 * `everyWeeks` weeks on `weekday` (ISO: 1 is Monday, 5 Friday), the first on or after `firstDate`.
 */
export const districtRotaSchema = z.strictObject({
  districtId: entityId,
  everyWeeks: z.number().int().min(1).max(MAX_WEEKS_APART),
  weekday: z.number().int().min(1).max(5),
  firstDate: calendarDate,
});
export type DistrictRota = z.infer<typeof districtRotaSchema>;

/** Calendar dates from `from` to `to`, both included, on which no Challenge Day is proposed (school holidays). */
export const blackoutSchema = z.strictObject({ from: calendarDate, to: calendarDate });
export type Blackout = z.infer<typeof blackoutSchema>;

/**
 * A QA manager's change to one proposed day, named by the date it was proposed for: moved to another date, or
 * skipped. The district's later days are proposed again from it.
 */
export const proposalChangeSchema = z.strictObject({
  districtId: entityId,
  proposedDate: calendarDate,
  kind: z.enum(['moved', 'skipped']),
  movedTo: calendarDate.optional(),
});
export type ProposalChange = z.infer<typeof proposalChangeSchema>;

/**
 * The audit programme of one calendar year: the rota of every district, the county-wide blackout dates, how many
 * weeks before a proposed day the QA managers are reminded to plan it, and the changes made to proposed days.
 * One record per year ("programme-2027"), versioned, every change a step of its history (and so audited).
 */
export const programmeSchema = z.strictObject({
  _id: entityId,
  year: z.number().int().min(2000).max(2100),
  rota: z.array(districtRotaSchema).max(100),
  blackouts: z.array(blackoutSchema).max(100),
  reminderWeeks: z.number().int().min(1).max(MAX_REMINDER_WEEKS),
  changes: z.array(proposalChangeSchema).max(400),
  createdAt: z.date(),
  ...versionedFields,
});
export type Programme = z.infer<typeof programmeSchema>;

/** "programme-2027". */
export function programmeId(year: number): string {
  return `programme-${year}`;
}
