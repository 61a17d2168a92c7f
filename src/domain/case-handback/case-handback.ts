import { z } from 'zod/v4';
import { caseReferenceSchema } from '../case-finding/case-reference.js';
import { boundedText, entityId } from '../shared/fields.js';
import { idForCommand } from '../shared/new-id.js';

/**
 * Why a case's findings went to a district's managers rather than to the manager of the team holding it:
 * the case list names no team on record (or a retired one), the team's manager has no record, or has left.
 */
export const STAND_IN_REASONS = ['no_team', 'manager_unknown', 'manager_left'] as const;
export type StandInReason = (typeof STAND_IN_REASONS)[number];

/** Who stood in for the team's manager: the district's managers, else its senior managers. */
export const STAND_IN_ROLES = ['district_manager', 'senior_manager'] as const;

/**
 * One audited case's findings handed back, once its report is verified, to whoever holds the case: the
 * manager of its team (or who stood in), chosen when it was verified and kept, so a replayed verification
 * sends the same card to the same people. Its id follows from the report and the case, so it is made once.
 * References and ids only: the findings' text is read from the findings when the card is shown.
 */
export const caseHandbackAcknowledgementSchema = z.strictObject({ byId: entityId, at: z.date() });

export const caseHandbackSchema = z.strictObject({
  _id: entityId,
  reportId: entityId,
  challengeDayId: entityId,
  districtId: entityId,
  caseReference: caseReferenceSchema,
  /** The case's findings on that day (usually one). */
  findingIds: z.array(entityId).min(1).max(20),
  /** The actions of the verified plan raised from those findings. */
  actionIds: z.array(entityId).max(200),
  /** The team the day's case sample names for the case, as written there; absent if the sample is gone. */
  teamName: boundedText(80).optional(),
  recipientIds: z.array(entityId).max(50),
  standIn: z.strictObject({ reason: z.enum(STAND_IN_REASONS), role: z.enum(STAND_IN_ROLES) }).optional(),
  sentAt: z.date(),
  /** Who acknowledged the findings for the case, once, and when. */
  acknowledged: caseHandbackAcknowledgementSchema.optional(),
});
export type CaseHandback = z.infer<typeof caseHandbackSchema>;

/** The one handback of a case in a report: the same id on every replay of the verification. */
export function caseHandbackId(reportId: string, caseReference: string): string {
  return idForCommand('handback', `${reportId}:${caseReference}`);
}

/** The outbox key of its card: with each recipient, one card per person, whatever replays. */
export function caseHandbackKey(handbackId: string): string {
  return `case-handback:${handbackId}`;
}
