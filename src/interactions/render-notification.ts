import { notReachedMessage } from './present/not-reached-message.js';
import { SYSTEM_ACTOR, actorFor } from '../domain/people/actor.js';
import type { Notification } from '../domain/notifications/notification.js';
import type { OutgoingCard } from '../outbox/platform-sender.js';
import type { Stores } from '../store/stores.js';
import { actionCard } from './present/action-card.js';
import { escalationMessage, reminderMessage } from './present/chasing-messages.js';
import { weeklyDigestMessage } from './present/digest-card.js';
import { caseFindingForm } from './present/day-forms.js';
import { performanceSummaryMessage } from './present/performance-summary-card.js';
import { noticeCard } from './present/notice-card.js';
import { reportApprovedCard, reportSummaryCard, reportVerificationCard } from './present/report-cards.js';
import { safeguardingAlertCard } from './present/safeguarding-alert-card.js';
import { actionTurnMessage, reportReturnedMessage } from './present/turn-messages.js';
import { actionReassignedMessage } from './present/reassigned-message.js';
import { caseHandbackCard } from './present/case-handback-card.js';
import { programmeReminderCard } from './present/programme-reminder-card.js';

/** A card kept as JSON text, as it was. */
function cardFromJson(json: string): Record<string, unknown> {
  return JSON.parse(json) as Record<string, unknown>;
}

/**
 * Renders a proactive message with the facts as they are when it is sent (or refreshed). Null when its
 * subject no longer exists, so the outbox drops it rather than posting something stale.
 */
export async function renderNotification(
  stores: Stores,
  notification: Notification,
  now: Date,
): Promise<OutgoingCard | null> {
  switch (notification.kind) {
    case 'challenge_day_notice':
      return noticeCard(stores, notification.challengeDayId, now);
    case 'safeguarding_alert':
      return safeguardingAlertCard(stores, notification.caseFindingId, notification.recipientId);
    case 'safeguarding_unreached':
      return safeguardingAlertCard(stores, notification.caseFindingId, undefined, notification.unreachedIds);
    case 'case_finding_request': {
      const day = await stores.challengeDays.findById(notification.challengeDayId);
      if (!day) return null;
      const card = await caseFindingForm(stores, day, { values: { caseReference: notification.caseReference } });
      return { card, text: `Case ${notification.caseReference} is yours to audit on the Challenge Day` };
    }
    case 'report_verification': {
      const report = await stores.reports.findById(notification.reportId);
      if (!report) return null;
      // Sent to each senior manager who may verify it; the buttons are shown, and the domain checks again.
      const manager = { id: 'senior-manager', roles: ['senior_manager' as const], districtIds: [], isSystem: false };
      return reportVerificationCard(stores, report, manager);
    }
    case 'report_summary': {
      const report = await stores.reports.findById(notification.reportId);
      return report ? reportSummaryCard(stores, report) : null;
    }
    case 'action_reminder':
      return reminderMessage(stores, notification.actionId, notification.moment, now);
    case 'action_escalation':
      return escalationMessage(stores, notification.actionId, notification.managerId, now);
    case 'action_reassigned':
      return actionReassignedMessage(stores, notification);
    case 'action_turn':
      return actionTurnMessage(stores, notification.actionId, notification.turn, notification.personId, now);
    case 'report_approved': {
      const report = await stores.reports.findById(notification.reportId);
      return report ? reportApprovedCard(stores, report) : null;
    }
    case 'case_handback':
      return caseHandbackCard(stores, notification.caseHandbackId);
    case 'report_returned':
      return reportReturnedMessage(stores, notification.reportId);
    case 'weekly_digest':
      return weeklyDigestMessage(stores, notification.districtId, notification.week, now);
    case 'performance_summary':
      return performanceSummaryMessage(stores, notification.month, now);
    case 'programme_reminder':
      return programmeReminderCard(stores, notification.districtId, notification.date);
    case 'not_reached':
      return notReachedMessage(stores, notification.outboxEntryId);
    case 'action_assigned': {
      const action = await stores.actions.findById(notification.actionId);
      if (!action) return null;
      const owner = await stores.people.findById(action.ownerId);
      const reply = await actionCard(stores, action, owner ? actorFor(owner) : SYSTEM_ACTOR, now, 'person');
      return { card: reply.card, text: `New action for you: ${action.what}` };
    }
    case 'webhook_event':
      // Posted to a webhook as it is, never shown in a chat (outbox/deliver-webhook.ts sends it).
      return null;
    case 'card_replaced':
      // Kept as it was answered: what the person who acted was shown, for everyone else to see too.
      return { card: cardFromJson(notification.cardJson), text: notification.text };
  }
}
