import type { Platform } from '../domain/links/conversation-link.js';
import type { Logger } from '../logger.js';
import type { Stores } from '../store/stores.js';
import type { Doorbell } from './doorbell.js';
import type { NotificationRenderer } from './notification-renderer.js';
import type { PlatformSender } from './platform-sender.js';
import type { RenderedNotifications } from './rendered-notifications.js';
import type { SendPacer } from './send-pacer.js';
import type { WebhookSender } from './webhook-sender.js';

/**
 * What a delivery run needs. In a file of its own because the run (deliver-outbox.ts) and the steps it
 * calls (deliver-claimed.ts, record-failure.ts) all take it: beside the run, they would import each other.
 */
export interface OutboxDeps {
  readonly stores: Pick<Stores, 'outbox' | 'conversationLinks' | 'people' | 'webhookSubscriptions'>;
  readonly senders: Partial<Record<Platform, PlatformSender>>;
  /** Posts events to other systems' webhooks; without one, a sender with the default timeout. */
  readonly webhooks?: WebhookSender;
  readonly render: NotificationRenderer;
  readonly logger: Logger;
  /** Who is sending, for leases: one id per running instance. */
  readonly owner: string;
  /** Paces calls to the platforms' limits. A worker keeps one for all its runs; without one, a run paces alone. */
  readonly pacer?: SendPacer;
  /** Rung when messages are queued during a run, so the run claims them without waiting for slow conversations. */
  readonly doorbell?: Doorbell;
  /** True once the instance is stopping: the run claims nothing more and finishes what it holds. */
  readonly stopping?: () => boolean;
  /**
   * The renders of the run under way, shared with refreshes so that a change forgets them. Without it, a
   * run keeps renders of its own.
   */
  readonly renders?: RenderedNotifications;
}
