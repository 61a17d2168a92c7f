import type { Delivery, Notification } from '../domain/notifications/notification.js';
import type { Logger } from '../logger.js';
import type { Stores } from '../store/stores.js';
import { deliverReadyMessages } from './deliver-outbox.js';
import type { NotificationRenderer } from './notification-renderer.js';
import type { PlatformSender } from './platform-sender.js';
import type { ConversationLink, Platform } from '../domain/links/conversation-link.js';
import { Doorbell } from './doorbell.js';
import type { PacingClock } from './pacing-clock.js';
import { queueDeliveries, type QueuedDeliveries } from './queue-deliveries.js';
import { queueEventInDistrict, type EventBuilder } from './queue-webhook-events.js';
import { refreshCopiesAboutAction, refreshDeliveredCopies, type CopyRenderer } from './refresh-copies.js';
import { RenderedNotifications } from './rendered-notifications.js';
import { replaceCardNow, type CardReplacement } from './replace-card.js';
import { SendPacer } from './send-pacer.js';
import type { WebhookSender } from './webhook-sender.js';

export interface OutboxWorker {
  /**
   * Queues messages durably, then has them sent soon, without making the caller wait for the sending. Says
   * which deliveries reach nobody, so the caller can tell the person who caused them.
   */
  deliver(deliveries: readonly Delivery[]): Promise<QueuedDeliveries>;
  /**
   * A conversation became reachable — a person wrote to the bot in their personal chat, a channel was linked
   * to a district, someone wrote in a channel the bot had given up posting to: what could not be delivered for
   * want of it goes there now.
   */
  retryUndelivered(link: ConversationLink): Promise<void>;
  /**
   * A step other systems may hear of happened in a district: the event `build` makes of the district is queued
   * for every webhook subscription hearing of it, and sent soon (queue-webhook-events.ts).
   */
  announce(districtId: string, build: EventBuilder): Promise<void>;
  /**
   * Shows a card someone acted on to everyone as it now stands, after they have had their answer; kept to be
   * tried again if the platform fails (replace-card.ts).
   */
  replaceCard(replacement: CardReplacement): Promise<void>;
  /** Updates every delivered copy of one message in place (see refresh-copies.ts). */
  refresh(key: string, notification: Notification): Promise<void>;
  /** Updates every delivered copy of every message about an action, each rendered for its person by `render`. */
  refreshAboutAction(actionId: string, render: CopyRenderer): Promise<void>;
  /** Sends what is ready now; one run at a time, a call during a run asks for another after it. */
  kick(): Promise<void>;
  /** Waits for a run in progress to finish. */
  idle(): Promise<void>;
  /** On shutdown: claims nothing more and waits for the messages being sent now. */
  stop(): Promise<void>;
  /** On shutdown, last: gives back what this instance holds and has not started posting. */
  releaseHeld(): Promise<number>;
}

/**
 * How far back a post given up on in a channel is still worth making once the channel answers: two days, the
 * notice's 48 hours; anything older (a digest of last month) would only confuse.
 */
const GIVEN_UP_WORTH_POSTING_MS = 2 * 24 * 60 * 60 * 1000;
const staleBefore = (now: Date) => new Date(now.getTime() - GIVEN_UP_WORTH_POSTING_MS);

export function createOutboxWorker(deps: {
  stores: Stores;
  senders: Partial<Record<Platform, PlatformSender>>;
  webhooks?: WebhookSender;
  render: NotificationRenderer;
  logger: Logger;
  owner: string;
  now: () => Date;
  /** The time calls are paced by; the system clock unless a test gives a virtual one. */
  pacingClock?: PacingClock;
}): OutboxWorker {
  // One pacer and one doorbell for the worker's life: pacing holds from one run to the next.
  let stopping = false;
  const outbox = {
    ...deps,
    pacer: new SendPacer(deps.pacingClock),
    doorbell: new Doorbell(),
    stopping: () => stopping,
  };
  let running: Promise<void> | undefined;
  // Cards being replaced after an answer, so that idle() waits for them too.
  const replacing = new Set<Promise<void>>();
  let again = false;
  // The renders of the run under way: a refresh during it makes the copies still to go show the change.
  let renders: RenderedNotifications | undefined;
  const run = async (): Promise<void> => {
    do {
      again = false;
      renders = new RenderedNotifications(deps.render);
      try {
        await deliverReadyMessages({ ...outbox, renders }, deps.now);
      } catch (error) {
        deps.logger.error({ error: String(error) }, 'outbox run failed');
      } finally {
        renders = undefined;
      }
    } while (again);
    // At once after the last look at `again`, not a step later: a kick in between would find a run that
    // no longer looks, and what it was kicked for would wait for the next kick.
    running = undefined;
  };
  const kick = () => {
    if (running) {
      again = true;
      outbox.doorbell.ring();
      return running;
    }
    if (stopping) return Promise.resolve();
    running = run();
    return running;
  };
  return {
    deliver: async (deliveries) => {
      const queued = await queueDeliveries(deps.stores, deliveries, deps.now());
      if (queued.queued > 0) void kick();
      return queued;
    },
    retryUndelivered: async (link) => {
      if (link.status !== 'active') return;
      const { outbox: entries } = deps.stores;
      const requeued =
        link.kind === 'personal'
          ? link.personId
            ? await entries.requeueUnreachable(link.personId, link, deps.now())
            : 0
          : (await entries.requeueForChannel(link, deps.now())) +
            (await entries.requeueInReachedConversation(link, deps.now(), staleBefore(deps.now())));
      if (requeued > 0) void kick();
    },
    announce: async (districtId, build) => {
      if ((await queueEventInDistrict(deps.stores, districtId, build, deps.now())) > 0) void kick();
    },
    replaceCard: (replacement) => {
      const replaced = replaceCardNow(outbox, outbox.pacer, replacement, deps.now)
        .then((queued) => void (queued && kick()))
        .finally(() => replacing.delete(replaced));
      replacing.add(replaced);
      return replaced;
    },
    refresh: (key, notification) => refreshDeliveredCopies({ ...outbox, renders }, key, notification),
    refreshAboutAction: (actionId, render) => refreshCopiesAboutAction({ ...outbox, renders }, actionId, render),
    kick,
    idle: async () => {
      await Promise.allSettled([...replacing]);
      await running;
    },
    stop: async () => {
      stopping = true;
      outbox.doorbell.ring();
      // A card being replaced finishes, or is kept for another instance, before the database is closed.
      await Promise.allSettled([...replacing]);
      await running;
    },
    releaseHeld: () => deps.stores.outbox.releaseHeldBy(deps.owner),
  };
}
