import type { OutboxEntry } from '../domain/notifications/outbox-entry.js';
import type { OutboxDeps } from './outbox-deps.js';
import type { SendLimit, SendPacer, SendPermit } from './send-pacer.js';

/**
 * The longest a claimed message waits in memory for its conversation's next slot. Beyond it, the message is
 * handed back with a later time instead, so a lease never runs out while a message waits.
 */
const MAX_PACING_WAIT_MS = 15_000;

/**
 * Waits for a slot for a call made for this message, under the platform's limits. When the slot is further
 * off than a lease allows, the message is handed back to be tried when it comes, and null is returned.
 */
export async function takeSlotOrPutBack(
  deps: OutboxDeps,
  pacer: SendPacer,
  limits: readonly SendLimit[],
  entry: OutboxEntry,
  now: () => Date,
): Promise<SendPermit | null> {
  const permit = await pacer.take(limits, { scope: entry.conversationId, maxWaitMs: MAX_PACING_WAIT_MS });
  if (!permit) {
    const delay = pacer.delayFor(limits, entry.conversationId);
    await deps.stores.outbox.putBack(entry._id, new Date(now().getTime() + delay));
  }
  return permit;
}
