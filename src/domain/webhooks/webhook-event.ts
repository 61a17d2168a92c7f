import { createHash } from 'node:crypto';
import { z } from 'zod/v4';
import { actionReference } from '../action/action-reference.js';
import { ACTION_STATUSES } from '../action/status.js';
import { caseReferenceSchema } from '../case-finding/case-reference.js';
import { boundedText, entityId, isoDate } from '../shared/fields.js';

/** What another system can subscribe to, as written on the command line and in each payload's `type`. */
export const WEBHOOK_EVENT_TYPES = [
  'report.verified',
  'action.overdue',
  'action.completed',
  'action.verified',
  'challenge_day.planned',
  'safeguarding.raised',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
export type ActionEventType = Extract<WebhookEventType, `action.${string}`>;

/** The id every delivery of one event carries as `webhook-id`: the receiver de-duplicates by it. */
export const webhookEventId = z.string().regex(/^msg_[0-9a-f]{32}$/, 'must be a webhook event id (msg_…)');

const envelope = {
  id: webhookEventId,
  /** When the step happened (UTC, ISO 8601). */
  timestamp: z.iso.datetime(),
  district: z.strictObject({ id: entityId, name: boundedText(200) }),
};

/** An action by its reference and state: no wording, no evidence, no progress notes, no names. */
const actionSummary = z.strictObject({
  actionId: entityId,
  reference: actionReference,
  status: z.enum(ACTION_STATUSES),
  dueDate: isoDate,
  challengeDayId: entityId,
});

/**
 * One event as it is posted to a receiver. Summary fields only: an event never carries case detail (no
 * finding text, no child's name, no action wording); a receiver that needs more reads it through the API
 * with a client allowed to. Strict objects: a field added by mistake fails here rather than leave the bot.
 */
export const webhookEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...envelope,
    type: z.literal('report.verified'),
    data: z.strictObject({ reportId: entityId, challengeDayId: entityId, actionCount: z.number().int().min(0) }),
  }),
  z.strictObject({ ...envelope, type: z.literal('action.overdue'), data: actionSummary }),
  z.strictObject({ ...envelope, type: z.literal('action.completed'), data: actionSummary }),
  z.strictObject({ ...envelope, type: z.literal('action.verified'), data: actionSummary }),
  z.strictObject({
    ...envelope,
    type: z.literal('challenge_day.planned'),
    data: z.strictObject({ challengeDayId: entityId, date: isoDate }),
  }),
  z.strictObject({
    ...envelope,
    type: z.literal('safeguarding.raised'),
    /** The case reference only: the concern's reason and the finding stay in the bot. */
    data: z.strictObject({ caseReference: caseReferenceSchema }),
  }),
]);
export type WebhookEvent = z.infer<typeof webhookEventSchema>;

/**
 * The event's id, derived from what happened: the same step seen twice (a retried command, a job run
 * again) makes the same id, so it is queued once and a receiver that saw it already can tell.
 */
export function eventIdFor(type: WebhookEventType, subjectId: string, occurrence: string): string {
  return `msg_${createHash('sha256').update(`${type}\n${subjectId}\n${occurrence}`).digest('hex').slice(0, 32)}`;
}
