import type { ConversationLink } from '../domain/links/conversation-link.js';
import type { OutboxEntry } from '../domain/notifications/outbox-entry.js';
import { deliverClaimed } from './deliver-claimed.js';
import type { OutboxDeps } from './outbox-deps.js';
import { RenderedNotifications } from './rendered-notifications.js';
import { SendPacer } from './send-pacer.js';

export { backoffMs } from './backoff.js';

const LEASE_MS = 60_000;
/** Conversations sent to at once. Enough to reach Teams' 50 a second per tenant at ordinary latencies. */
const MAX_PARALLEL_CONVERSATIONS = 32;

/**
 * Sends every message that is ready and records each outcome; returns how many were sent.
 *
 * Each conversation is a lane of its own: one message at a time goes to a conversation, waiting for that
 * conversation's slot under the platform's limits, while other conversations are sent to alongside it. A
 * conversation already being sent to is passed over when the next message is claimed, so a burst to one
 * channel never holds up a message to another. See deliver-claimed.ts for one message's way.
 */
export async function deliverReadyMessages(deps: OutboxDeps, now: () => Date): Promise<number> {
  const pacer = deps.pacer ?? new SendPacer();
  // A notification going to many conversations is rendered once for them all (rendered-notifications.ts).
  const renders = deps.renders ?? new RenderedNotifications(deps.render);
  const run: OutboxDeps = { ...deps, render: (notification) => renders.render(notification) };
  const lanes = new Map<string, Promise<void>>();
  let sent = 0;
  try {
    for (;;) {
      // Listened for before claiming: messages queued while a claim is under way may have missed it.
      const rung = deps.doorbell?.nextRing();
      while (lanes.size < MAX_PARALLEL_CONVERSATIONS && !deps.stopping?.()) {
        const started = now();
        const passedOver = [...lanes.keys()];
        const claimed = await deps.stores.outbox.claimReadyBatch(
          started,
          deps.owner,
          new Date(started.getTime() + LEASE_MS),
          { skipConversations: passedOver, atMost: MAX_PARALLEL_CONVERSATIONS - lanes.size },
        );
        // The batch's links read together, not one read per message.
        const links = await deps.stores.conversationLinks.findByIds(claimed.flatMap((entry) => entry.linkId ?? []));
        for (const entry of claimed)
          lanes.set(
            entry.conversationId,
            sendInItsLane(entry, entry.linkId ? (links.get(entry.linkId) ?? null) : null),
          );
        // A lane that finished during the claim had its conversation passed over by it: claim again for it,
        // or its next message would wait for another lane to finish, or for the next run if none is left.
        if (claimed.length === 0 && passedOver.every((conversation) => lanes.has(conversation))) break;
      }
      if (lanes.size === 0) return sent;
      await Promise.race([...lanes.values(), ...(rung ? [rung] : [])]);
    }
  } finally {
    await Promise.allSettled(lanes.values());
  }

  function sendInItsLane(entry: OutboxEntry, link: ConversationLink | null): Promise<void> {
    return deliverClaimed(run, pacer, entry, now, link)
      .then((wasSent) => {
        if (wasSent) sent += 1;
      })
      .catch((error: unknown) => {
        // The outcome could not be recorded (the database is away): the lease runs out and the message
        // is claimed again; a post under way stays marked, so it is looked for before it is made again.
        deps.logger.error({ outboxId: entry._id, error: String(error) }, 'could not record a delivery');
      })
      .finally(() => lanes.delete(entry.conversationId));
  }
}
