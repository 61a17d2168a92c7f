import { forRecipient, type Notification } from '../domain/notifications/notification.js';
import type { OutboxEntry } from '../domain/notifications/outbox-entry.js';
import { limitsOf } from './deliver-claimed.js';
import type { OutboxDeps } from './outbox-deps.js';
import type { OutgoingCard } from './platform-sender.js';
import { RenderedNotifications } from './rendered-notifications.js';
import { SendPacer } from './send-pacer.js';

/** How long a refresh waits for its conversation's slot before leaving the copy to the next change. */
const REFRESH_MAX_WAIT_MS = 2_000;

type RefreshDeps = Omit<OutboxDeps, 'owner'>;

/**
 * A delivered copy rendered again for the person it went to (`recipientId`, absent for a channel's copy): null
 * when there is nothing to show it in place of what it shows.
 */
export type CopyRenderer = (
  notification: Notification,
  recipientId: string | undefined,
) => Promise<OutgoingCard | null>;

/**
 * Updates every delivered copy of a message in place, e.g. the notice card when someone replies. Updates
 * count against the same platform limits as posts, so they are paced too.
 */
export async function refreshDeliveredCopies(
  deps: RefreshDeps,
  key: string,
  notification: Notification,
): Promise<void> {
  const renders = deps.renders ?? new RenderedNotifications(deps.render);
  const copies = await deps.stores.outbox.sentCopiesOf(key);
  // Each copy as its person is shown it (an alert is rendered per person), rendered once per distinct copy.
  const groups = new Map<string, { notification: Notification; copies: OutboxEntry[] }>();
  for (const copy of copies) {
    const shown = forRecipient(notification, copy.personId);
    const group = JSON.stringify(shown);
    groups.set(group, { notification: shown, copies: [...(groups.get(group)?.copies ?? []), copy] });
  }
  // The copies still to be sent show the change too, not a render made before it.
  renders.forget(notification);
  for (const { notification: shown } of groups.values()) renders.forget(shown);
  for (const group of groups.values()) {
    const message = await renders.render(group.notification);
    if (message) await updateCopies(deps, group.copies, message);
  }
}

/**
 * Updates every delivered copy of every message about an action (its card, a reassignment, a turn, a reminder,
 * an escalation) after a step on it. Each is rendered from its own notification for the person it went to, once
 * for all the copies that share both (a person's Teams and Slack chats), since an escalation or a turn card
 * differs from one manager to the next.
 */
export async function refreshCopiesAboutAction(
  deps: RefreshDeps,
  actionId: string,
  renderCopy: CopyRenderer,
): Promise<void> {
  deps.renders?.forget({ kind: 'action_assigned', actionId });
  const groups = new Map<string, OutboxEntry[]>();
  for (const copy of await deps.stores.outbox.sentCopiesAbout(actionId)) {
    deps.renders?.forget(copy.notification);
    const group = `${JSON.stringify(copy.notification)}\n${copy.personId ?? ''}`;
    groups.set(group, [...(groups.get(group) ?? []), copy]);
  }
  // Side by side: the person who took the step waits for them all, and each goes to other conversations.
  await Promise.all(
    [...groups.values()].map(async (copies) => {
      const [first] = copies;
      if (!first) return;
      // A copy that cannot be rendered now keeps what it shows until the next change; the step itself is saved.
      const message = await renderCopy(first.notification, first.personId).catch((error: unknown) => {
        deps.logger.warn({ outboxId: first._id, error: String(error) }, 'could not render a delivered message again');
        return null;
      });
      if (message) await updateCopies(deps, copies, message);
    }),
  );
}

/**
 * Puts `message` in place of each copy. A copy whose conversation is gone (its link broken or removed) or
 * whose post left no id is passed over; one that cannot be updated now is left to the next change.
 */
async function updateCopies(deps: RefreshDeps, copies: readonly OutboxEntry[], message: OutgoingCard): Promise<void> {
  const pacer = deps.pacer ?? new SendPacer();
  for (const copy of copies) {
    if (!copy.linkId || !copy.platform) continue;
    const link = await deps.stores.conversationLinks.findById(copy.linkId);
    const sender = deps.senders[copy.platform];
    if (!link || link.status === 'broken' || !sender || !copy.sentMessageId) continue;
    // A copy that cannot be refreshed now is refreshed with the next change; the reply itself is saved.
    const permit = await pacer.take(limitsOf(sender, link, 'update'), {
      scope: copy.conversationId,
      maxWaitMs: REFRESH_MAX_WAIT_MS,
    });
    if (!permit) {
      deps.logger.warn({ outboxId: copy._id }, 'did not refresh a delivered message: its conversation is held back');
      continue;
    }
    try {
      await sender.update(link, copy.sentMessageId, message);
    } catch (error) {
      deps.logger.warn({ outboxId: copy._id, error: String(error) }, 'could not refresh a delivered message');
    } finally {
      permit.release();
    }
  }
}
