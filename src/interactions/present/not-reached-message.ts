import type { Notification } from '../../domain/notifications/notification.js';
import type { OutgoingCard } from '../../outbox/platform-sender.js';
import type { Stores } from '../../store/stores.js';
import { answer } from './message-cards.js';
import { peopleNames } from './people-names.js';

/** What each kind of message is, in the words of someone told it did not arrive. */
export const MESSAGE_NAMES: Record<Notification['kind'], string> = {
  challenge_day_notice: 'the Challenge Day notice',
  safeguarding_alert: 'the immediate safeguarding alert',
  safeguarding_unreached: 'the safeguarding alert',
  action_assigned: 'their action card',
  action_reassigned: 'the note that their action was given to someone else',
  case_finding_request: 'their case-finding card',
  report_verification: 'the report to verify',
  report_summary: 'the report summary',
  action_reminder: 'the reminder of their action',
  action_escalation: 'the escalation of an overdue action',
  action_turn: 'the action waiting for them',
  report_returned: 'the returned report',
  report_approved: 'the news that their report was verified',
  case_handback: 'the verified findings',
  weekly_digest: 'the weekly digest',
  performance_summary: 'the monthly performance summary',
  programme_reminder: 'the reminder to plan a Challenge Day of the programme',
  not_reached: 'a message',
  webhook_event: 'Webhook event',
  card_replaced: 'the card someone acted on, shown to everyone as it now stands',
};

/**
 * Told to whoever caused a personal message that could not reach its person after all: who, which message
 * (a case by its reference only) and why, and to tell them directly. Null when that message is gone.
 */
export async function notReachedMessage(stores: Stores, outboxEntryId: string): Promise<OutgoingCard | null> {
  const entry = await stores.outbox.findById(outboxEntryId);
  if (!entry?.personId) return null;
  const name = (await peopleNames(stores, [entry.personId])).get(entry.personId) ?? 'Someone';
  const { notification } = entry;
  const aboutCase =
    notification.kind === 'safeguarding_alert'
      ? await stores.caseFindings.findById(notification.caseFindingId)
      : notification.kind === 'case_handback'
        ? await stores.caseHandbacks.findById(notification.caseHandbackId)
        : null;
  const message = `${MESSAGE_NAMES[notification.kind]}${aboutCase ? ` for case ${aboutCase.caseReference}` : ''}`;
  const title = `Could not reach ${name} with ${message}`;
  const reply = answer(
    title,
    [{ title: 'Why', value: entry.lastError ?? 'the platform would not let the bot message them' }],
    `Tell ${name} directly. The bot sends it as soon as they write to it.`,
  );
  return { card: reply.card, text: title };
}
