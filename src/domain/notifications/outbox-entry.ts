import { z } from 'zod/v4';
import { ACTION_TURNS } from '../action/whose-turn.js';
import { boundedText, entityId, isoDate } from '../shared/fields.js';
import { PLATFORMS } from '../links/conversation-link.js';
import { webhookEventSchema } from '../webhooks/webhook-event.js';

const notificationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('challenge_day_notice'), challengeDayId: entityId }),
  z.strictObject({ kind: z.literal('safeguarding_alert'), caseFindingId: entityId, recipientId: entityId.optional() }),
  z.strictObject({
    kind: z.literal('safeguarding_unreached'),
    caseFindingId: entityId,
    unreachedIds: z.array(entityId).min(1).max(50),
  }),
  z.strictObject({ kind: z.literal('action_assigned'), actionId: entityId }),
  z.strictObject({
    kind: z.literal('action_reassigned'),
    actionId: entityId,
    step: z.number().int().min(1),
    byId: entityId,
    newOwnerId: entityId,
    reason: boundedText(1000),
  }),
  z.strictObject({ kind: z.literal('report_verification'), reportId: entityId }),
  z.strictObject({ kind: z.literal('report_summary'), reportId: entityId }),
  z.strictObject({ kind: z.literal('action_reminder'), actionId: entityId, moment: z.enum(['before', 'overdue']) }),
  z.strictObject({ kind: z.literal('action_escalation'), actionId: entityId, managerId: entityId }),
  z.strictObject({
    kind: z.literal('action_turn'),
    actionId: entityId,
    turn: z.enum(ACTION_TURNS),
    personId: entityId,
  }),
  z.strictObject({ kind: z.literal('report_returned'), reportId: entityId }),
  z.strictObject({ kind: z.literal('report_approved'), reportId: entityId }),
  z.strictObject({ kind: z.literal('case_handback'), caseHandbackId: entityId }),
  z.strictObject({
    kind: z.literal('weekly_digest'),
    districtId: entityId,
    week: z.string().regex(/^\d{4}-W\d{2}$/),
  }),
  z.strictObject({ kind: z.literal('performance_summary'), month: z.string().regex(/^\d{4}-\d{2}$/) }),
  z.strictObject({
    kind: z.literal('case_finding_request'),
    challengeDayId: entityId,
    caseReference: z.string().min(1).max(64),
  }),
  z.strictObject({ kind: z.literal('programme_reminder'), districtId: entityId, date: isoDate }),
  z.strictObject({ kind: z.literal('not_reached'), outboxEntryId: z.string().min(1).max(200) }),
  /**
   * An event posted to another system's webhook, not a chat message: the payload is fixed when the event
   * happens (its id and timestamp must not change between retries), so it is kept here as it will be sent.
   */
  z.strictObject({
    kind: z.literal('webhook_event'),
    subscriptionId: entityId,
    /** The receiver's address without its query string, for the failed-deliveries list. */
    receiver: z.string().min(1).max(2000),
    event: webhookEventSchema,
  }),
  /** A card someone acted on, as everyone is to see it now; the entry's sentMessageId is the card's message. */
  z.strictObject({
    kind: z.literal('card_replaced'),
    /** The card as JSON text: its `$schema` and `${…}` keys are not names a stored field may have. */
    cardJson: z.string().min(2).max(200_000),
    text: z.string().max(4000),
  }),
]);

/** Why a message was given up on. */
export const DELIVERY_FAILURE_REASONS = [
  /** The conversation is gone or the bot was removed from it; its link is marked broken. */
  'conversation_gone',
  /** It may have been posted, and the platform gives no way to check, so it was not posted again. */
  'unconfirmed',
  /** Passing faults went on for too long. */
  'gave_up',
  /** The platform refused the message itself. */
  'rejected',
  /** The bot has no connection to that platform configured. */
  'not_configured',
  /** The conversation's link was already broken or removed. */
  'link_broken',
  /** Its subject was removed before it could be sent. */
  'nothing_to_send',
  /** The person has no identity on any platform the bot knows, and no chat with it. */
  'no_identity',
  /** The platform would not let the bot open a chat with the person (e.g. the app is not installed for them). */
  'cannot_open_chat',
  /** The district has no linked channel for this audience. */
  'no_channel',
  /** A webhook receiver answered 410 Gone: its subscription is disabled. */
  'receiver_gone',
  /** The webhook subscription was disabled or removed before the event could be delivered. */
  'subscription_off',
] as const;
export type DeliveryFailureReason = (typeof DELIVERY_FAILURE_REASONS)[number];

/**
 * One message to one conversation, kept until it is delivered. Its id is derived from the delivery key
 * and the conversation, so queueing the same message twice keeps one entry and it is posted once.
 */
export const outboxEntrySchema = z.strictObject({
  _id: z.string().min(1).max(200),
  key: z.string().min(1).max(200),
  notification: notificationSchema,
  /** Absent only on a message that reached no platform at all (failed as `no_identity` or `no_channel`). */
  platform: z.enum(PLATFORMS).optional(),
  /** The conversation; for a chat still to be opened, a stand-in naming the person it will be with. */
  conversationId: z.string().min(1).max(400),
  /** The conversation link it goes through (for its stored platform address); absent until a chat is opened. */
  linkId: entityId.optional(),
  /** The person a personal message is for: it is sent again when they become reachable. */
  personId: entityId.optional(),
  /** The district whose channels a district message is for, when none was linked, and for which audiences. */
  districtId: entityId.optional(),
  audiences: z
    .array(z.enum(['district', 'mat']))
    .max(2)
    .optional(),
  /** Who caused a personal message, told if it cannot reach its person after all (Delivery.senderId). */
  senderId: entityId.optional(),
  /** The person's id on the platform, to open a personal chat with them when the bot has none yet. */
  openChatWith: z.string().min(1).max(200).optional(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int().min(0),
  nextAttemptAt: z.date(),
  lease: z.strictObject({ owner: z.string().max(128), until: z.date() }).optional(),
  /** The platform's id of the posted message, so it can be updated in place later. */
  sentMessageId: z.string().max(400).optional(),
  sentAt: z.date().optional(),
  lastError: z.string().max(2000).optional(),
  /**
   * The send ledger's write-ahead mark: set just before a post, cleared with its outcome. Still set when the
   * message is claimed again, the last post's outcome was never heard (the process died mid-send).
   */
  attemptStartedAt: z.date().optional(),
  /** Since when a post may have landed unheard of (a 502, a timeout, a crash): look for it before posting again. */
  unconfirmedSince: z.date().optional(),
  /** Passing failures so far (waits a platform asked for are not failures): sets the backoff and when to stop. */
  failures: z.number().int().min(0).optional(),
  /** Why a message failed for good, for "show failed deliveries". */
  failedBecause: z.enum(DELIVERY_FAILURE_REASONS).optional(),
  createdAt: z.date(),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
