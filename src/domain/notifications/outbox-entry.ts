import { z } from 'zod/v4';
import { entityId } from '../shared/fields.js';
import { PLATFORMS } from '../links/conversation-link.js';

const notificationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('challenge_day_notice'), challengeDayId: entityId }),
  z.strictObject({ kind: z.literal('safeguarding_alert'), caseFindingId: entityId }),
  z.strictObject({ kind: z.literal('action_assigned'), actionId: entityId }),
  z.strictObject({ kind: z.literal('report_verification'), reportId: entityId }),
  z.strictObject({ kind: z.literal('report_summary'), reportId: entityId }),
  z.strictObject({
    kind: z.literal('case_finding_request'),
    challengeDayId: entityId,
    caseReference: z.string().min(1).max(64),
  }),
]);

/**
 * One message to one conversation, kept until it is delivered. Its id is derived from the delivery key
 * and the conversation, so queueing the same message twice keeps one entry and it is posted once.
 */
export const outboxEntrySchema = z.strictObject({
  _id: z.string().min(1).max(200),
  key: z.string().min(1).max(200),
  notification: notificationSchema,
  platform: z.enum(PLATFORMS),
  conversationId: z.string().min(1).max(400),
  /** The conversation link it goes through (for its stored platform address). */
  linkId: entityId,
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int().min(0),
  nextAttemptAt: z.date(),
  lease: z.strictObject({ owner: z.string().max(128), until: z.date() }).optional(),
  /** The platform's id of the posted message, so it can be updated in place later. */
  sentMessageId: z.string().max(400).optional(),
  sentAt: z.date().optional(),
  lastError: z.string().max(2000).optional(),
  createdAt: z.date(),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
