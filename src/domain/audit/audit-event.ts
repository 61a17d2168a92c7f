import { z } from 'zod/v4';
import { entityId } from '../shared/fields.js';

export const AUDITED_ENTITY_KINDS = [
  'challenge_day',
  'action',
  'report',
  'case_finding',
  'case_sample',
  /** A district's open-case list from the case system: applied, replacing the one before. */
  'case_list',
  'notice_reply',
  'focus_group_feedback',
  'observed_visit',
  'conversation_link',
  /** A district: added, renamed or changed, retired or removed, and settings such as when its weekly digest goes. */
  'district',
  /** A district's case-holding team: added, changed or retired. */
  'team',
  /** Someone's record: registered, or linked to a platform identity; the note lists each field's old and new value. */
  'person',
  /** A retention purge of one kind of record: its id is the kind, its note says how many. */
  'record_purge',
  /** A child's case as a whole, by its reference: its audit trail shown. */
  'case',
  /** An export of the action plan: its link given to someone, each download, each refusal. */
  'action_export',
  /** A webhook subscription: added, disabled (by the command line, or by its receiver answering 410 Gone), removed. */
  'webhook_subscription',
  /** A client of the read API: added or revoked from the command line (its name is its id). */
  'api_client',
  /** One request to the read API: the client's name, what it asked for and the status it was answered. */
  'api_request',
  /** Performance figures as a spreadsheet: its link given to someone, each download, each refusal. */
  'figures_export',
  /** A learning theme of the county's vocabulary: added, renamed, retired or brought back. */
  'theme',
  /** A Challenge Day's register of who came: recorded, then replaced by each later submission (its id is the day's). */
  'attendance_register',
  /** A year's programme of Challenge Days: its rota set or changed, a proposed day moved or skipped. */
  'programme',
] as const;
export type AuditedEntityKind = (typeof AUDITED_ENTITY_KINDS)[number];

/**
 * An append-only record of one change: who, when, what, before → after. Its id is derived from the
 * entity and the change's place in the entity's history, so writing it again after a retry is a no-op.
 */
export const auditEventSchema = z.strictObject({
  _id: z.string().min(1).max(300),
  entityKind: z.enum(AUDITED_ENTITY_KINDS),
  entityId,
  transition: z.string().min(1).max(64),
  actorId: entityId,
  at: z.date(),
  commandId: entityId,
  before: z.string().max(64),
  after: z.string().max(64),
  /** What else the record needs, e.g. the seed and method of a case sample; never free text about a child. */
  note: z.string().min(1).max(4000).optional(),
  /**
   * The children's cases the event is about, by reference, and their district: a case's trail is found by
   * these, so it can still be told after the records themselves are purged.
   */
  caseReferences: z.array(entityId).max(500).optional(),
  districtId: entityId.optional(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** Which cases an event is about, for the case's audit trail. */
export type CaseTag = Required<Pick<AuditEvent, 'caseReferences' | 'districtId'>>;

export function auditEventId(kind: AuditedEntityKind, id: string, step: number): string {
  return `${kind}:${id}:${step}`;
}
