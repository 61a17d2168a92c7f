import type { ActionTurn } from '../action/whose-turn.js';
import type { WebhookEvent } from '../webhooks/webhook-event.js';

/**
 * What the bot tells people on its own initiative, as data. The domain decides who is told what; the
 * outbox delivers it and the cards layer renders it, with the facts as they are at the moment of sending.
 */
export type Notification =
  | { kind: 'challenge_day_notice'; challengeDayId: string }
  /**
   * The immediate alert, rendered for the person it goes to (`recipientId`): only a reader allowed the case's
   * detail sees the concern's reason. Alerts queued before alerts were rendered per person have none, and
   * show no detail.
   */
  | { kind: 'safeguarding_alert'; caseFindingId: string; recipientId?: string }
  | { kind: 'safeguarding_unreached'; caseFindingId: string; unreachedIds: string[] }
  | { kind: 'action_assigned'; actionId: string }
  /** To an action's previous owner: it was given to someone else (the `step` of its history), by whom and why. */
  | { kind: 'action_reassigned'; actionId: string; step: number; byId: string; newOwnerId: string; reason: string }
  | { kind: 'case_finding_request'; challengeDayId: string; caseReference: string }
  | { kind: 'report_verification'; reportId: string }
  | { kind: 'report_summary'; reportId: string }
  | { kind: 'action_reminder'; actionId: string; moment: 'before' | 'overdue' }
  | { kind: 'action_escalation'; actionId: string; managerId: string }
  | { kind: 'action_turn'; actionId: string; turn: ActionTurn; personId: string }
  | { kind: 'report_returned'; reportId: string }
  /** To the QA manager who drafted the report: a senior manager verified it. */
  | { kind: 'report_approved'; reportId: string }
  /** To the manager of the team holding an audited case (or who stands in): its findings and actions, once verified. */
  | { kind: 'case_handback'; caseHandbackId: string }
  | { kind: 'weekly_digest'; districtId: string; week: string }
  | { kind: 'performance_summary'; month: string }
  /** To each QA manager: a day of the programme is coming; plan it (`date` is the proposed "YYYY-MM-DD"). */
  | { kind: 'programme_reminder'; districtId: string; date: string }
  /** To whoever caused a personal message: it could not reach its person after all (see Delivery.senderId). */
  | { kind: 'not_reached'; outboxEntryId: string }
  /** Not a chat message: an event posted to another system's webhook (see outbox/deliver-webhook.ts). */
  | { kind: 'webhook_event'; subscriptionId: string; receiver: string; event: WebhookEvent }
  /**
   * Not a new message: a card someone acted on, to be shown to everyone as it now stands (a receipt in place
   * of a form), kept here as it was answered, as JSON text (a card's `$schema` is no name for a stored field);
   * queued only when replacing it at once failed (replace-card.ts).
   */
  | { kind: 'card_replaced'; cardJson: string; text: string };

/**
 * Where a notification goes: a district's linked channels, the channels chosen as the managers' (county-wide,
 * and with a district also that district's managers' channels), or one person's personal chat.
 */
export type Destination =
  | { kind: 'district_channels'; districtId: string; audiences: readonly ('district' | 'mat')[] }
  | { kind: 'managers_channels'; districtId?: string }
  | { kind: 'person'; personId: string };

export interface Delivery {
  /** Unique per notification: with the destination, it makes sending idempotent. */
  readonly key: string;
  readonly notification: Notification;
  readonly destination: Destination;
  /**
   * Who caused a personal message (the auditor who raised a concern, the manager who approved a report): told
   * if, once the bot tries, it cannot reach its person after all (the platform will not open a chat with
   * them), since their receipt could only say who was known to be unreachable when they acted.
   */
  readonly senderId?: string;
  /**
   * A copy posted again on request (the notice posted again into its channels): sent as a new message where
   * the first copy already went, under the same key, so that updating the message updates every copy.
   */
  readonly copy?: string;
}

/**
 * The notification as one person's copy of it is rendered: the same for everyone, except a message rendered
 * per person (the safeguarding alert), which is rendered for the person that copy went to.
 */
export function forRecipient(notification: Notification, personId: string | undefined): Notification {
  if (notification.kind !== 'safeguarding_alert' || !personId) return notification;
  return { ...notification, recipientId: personId };
}
