import type { Db } from 'mongodb';
import { auditEventId } from '../domain/audit/audit-event.js';
import type { WebhookEventType } from '../domain/webhooks/webhook-event.js';
import {
  receiverLabel,
  webhookSubscriptionSchema,
  type WebhookSubscription,
} from '../domain/webhooks/webhook-subscription.js';
import type { AuditEventRepository } from './audit-events.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';
import { driver } from './driver-collection.js';

const indexes: DeclaredIndex[] = [
  { name: 'status_events', key: { status: 1, events: 1 }, serves: 'hearingOf' },
  { name: 'created', key: { createdAt: 1 }, serves: 'all (oldest first)' },
];

/** Who made a change to a subscription, and under which command, for the audit trail. */
export interface SubscriptionChangeBy {
  readonly actorId: string;
  readonly commandId: string;
  readonly at: Date;
}

/**
 * The systems that hear of events by webhook. Every change is audited here, beside the write, whoever
 * makes it: the command line, or the outbox disabling a receiver that answered 410 Gone.
 */
export class WebhookSubscriptionRepository {
  readonly collection: ValidatedCollection<WebhookSubscription>;

  constructor(
    db: Db,
    private readonly auditEvents: AuditEventRepository,
  ) {
    this.collection = new ValidatedCollection(db, 'webhook_subscriptions', webhookSubscriptionSchema, indexes);
  }

  async add(subscription: WebhookSubscription, by: SubscriptionChangeBy): Promise<void> {
    await this.collection.insert(subscription);
    await this.audit(subscription, 'add', 'none', 'active', by);
  }

  findById(id: string): Promise<WebhookSubscription | null> {
    return this.collection.findById(id);
  }

  async all(): Promise<WebhookSubscription[]> {
    return this.collection.readAll(await this.collection[driver].find({}).sort({ createdAt: 1 }).toArray());
  }

  /** The active subscriptions that listed this event (their districts are checked by the caller). */
  async hearingOf(type: WebhookEventType): Promise<WebhookSubscription[]> {
    return this.collection.readAll(await this.collection[driver].find({ status: 'active', events: type }).toArray());
  }

  /**
   * Stops deliveries to a subscription, keeping it (and its failed deliveries) to look at. Returns it as it now
   * is; null when there is no such subscription. Disabling one already disabled changes and audits nothing.
   */
  async disable(id: string, reason: string, by: SubscriptionChangeBy): Promise<WebhookSubscription | null> {
    const before = await this.findById(id);
    if (!before || before.status === 'disabled') return before;
    const after: WebhookSubscription = {
      ...before,
      status: 'disabled',
      disabledReason: reason.slice(0, 500),
      version: before.version + 1,
      updatedAt: by.at,
    };
    // Only over the version read: of two disablings at once (a 410 and the command line), one is recorded.
    const result = await this.collection[driver].replaceOne({ _id: id, version: before.version }, after);
    if (result.modifiedCount === 0) return this.findById(id);
    await this.audit(after, 'disable', 'active', 'disabled', by, reason);
    return after;
  }

  /** Removes a subscription for good; false when there was none. */
  async remove(id: string, by: SubscriptionChangeBy): Promise<boolean> {
    const before = await this.findById(id);
    if (!before) return false;
    const result = await this.collection[driver].deleteOne({ _id: id });
    if (result.deletedCount === 0) return false;
    await this.audit({ ...before, version: before.version + 1 }, 'remove', before.status, 'removed', by);
    return true;
  }

  private audit(
    subscription: WebhookSubscription,
    transition: string,
    before: string,
    after: string,
    by: SubscriptionChangeBy,
    reason?: string,
  ): Promise<void> {
    const districts = subscription.districtIds === 'all' ? 'all' : subscription.districtIds.join(';');
    return this.auditEvents.record({
      _id: auditEventId('webhook_subscription', subscription._id, subscription.version),
      entityKind: 'webhook_subscription',
      entityId: subscription._id,
      transition,
      actorId: by.actorId,
      at: by.at,
      commandId: by.commandId,
      before,
      after,
      // Never the secret; the address without its query string, which may hold a key of the receiver's.
      note:
        `${receiverLabel(subscription.url)} events ${subscription.events.join(',')} districts ${districts}` +
        (reason ? `: ${reason}` : ''),
    });
  }
}
