import { createHash } from 'node:crypto';
import type { Db, UpdateFilter } from 'mongodb';
import {
  outboxEntrySchema,
  type DeliveryFailureReason,
  type OutboxEntry,
} from '../domain/notifications/outbox-entry.js';
import type { ConversationLink } from '../domain/links/conversation-link.js';
import type { TransitionSteps } from './transition-steps.js';
import { ValidatedCollection, isDuplicateKey, type DeclaredIndex } from './validated-collection.js';
import { driver } from './driver-collection.js';
import { SameTurnUpdates } from './same-turn-updates.js';

const indexes: DeclaredIndex[] = [
  { name: 'status_next', key: { status: 1, nextAttemptAt: 1 }, serves: 'claimReady' },
  { name: 'key_status', key: { key: 1, status: 1 }, serves: 'sentCopiesOf' },
  { name: 'action_status', key: { 'notification.actionId': 1, status: 1 }, serves: 'sentCopiesAbout' },
  { name: 'status_created', key: { status: 1, createdAt: -1 }, serves: 'failedDeliveries' },
  { name: 'delivered_message', key: { conversationId: 1, sentMessageId: 1 }, serves: 'findDelivered' },
  { name: 'person_status', key: { personId: 1, status: 1 }, serves: 'requeueUnreachable' },
  { name: 'district_status', key: { districtId: 1, status: 1 }, serves: 'requeueForChannel' },
  { name: 'conversation_status', key: { conversationId: 1, status: 1 }, serves: 'requeueInReachedConversation' },
];

/** How many ready messages one claiming query looks at. */
const CLAIM_CANDIDATES = 100;

/** The one id per (message, conversation): the send ledger that makes delivery idempotent. */
export function outboxEntryId(key: string, platform: string, conversationId: string): string {
  return `out-${createHash('sha256').update(`${key}\n${platform}\n${conversationId}`).digest('hex').slice(0, 40)}`;
}

/** Messages waiting to be delivered, and the record of what was delivered where. */
export class OutboxRepository {
  readonly collection: ValidatedCollection<OutboxEntry>;
  /** The steps of many posts made at once (a broadcast) are recorded together: see same-turn-updates.ts. */
  private readonly postSteps: SameTurnUpdates<OutboxEntry>;

  constructor(
    db: Db,
    private readonly steps: TransitionSteps,
  ) {
    this.collection = new ValidatedCollection(db, 'outbox', outboxEntrySchema, indexes);
    this.postSteps = new SameTurnUpdates(this.collection[driver]);
  }

  /** Queues a message; one already queued for the same conversation is left as it is. */
  async enqueue(entry: OutboxEntry): Promise<void> {
    try {
      await this.collection.insert(entry);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  /** Queues messages in one command; any already queued for the same conversation is left as it is. */
  async enqueueAll(entries: readonly OutboxEntry[]): Promise<void> {
    await this.collection.insertEachNew(entries);
  }

  /** An entry by its id (see outboxEntryId): a read by `_id`. */
  findById(id: string): Promise<OutboxEntry | null> {
    return this.collection.findById(id);
  }

  /** Claims the next message ready to send (see claimReadyBatch). */
  async claimReady(
    now: Date,
    owner: string,
    leaseUntil: Date,
    options: { readonly skipConversations?: readonly string[] } = {},
  ): Promise<OutboxEntry | null> {
    const [claimed] = await this.claimReadyBatch(now, owner, leaseUntil, { ...options, atMost: 1 });
    return claimed ?? null;
  }

  /**
   * Claims up to `atMost` messages ready to send, each to a different conversation, passing over the
   * conversations in `skipConversations` (the ones this instance is already sending to). One query finds
   * them all: on the embedded server a query costs far more than the claims. A claim is a unique insert
   * (see claimAttempt in transition-steps.ts), so two instances never claim the same attempt.
   */
  async claimReadyBatch(
    now: Date,
    owner: string,
    leaseUntil: Date,
    options: { readonly skipConversations?: readonly string[]; readonly atMost: number },
  ): Promise<OutboxEntry[]> {
    const skip = new Set(options.skipConversations ?? []);
    const ready = this.collection.readAll(
      await this.collection[driver]
        .find({
          status: 'pending',
          nextAttemptAt: { $lte: now },
          ...(skip.size > 0 ? { conversationId: { $nin: [...skip] } } : {}),
        })
        .sort({ nextAttemptAt: 1, _id: 1 })
        .limit(CLAIM_CANDIDATES)
        .toArray(),
    );
    // The first ready message of each conversation not being sent to, claimed together (two commands).
    const chosen: OutboxEntry[] = [];
    for (const entry of ready) {
      if (chosen.length >= options.atMost) break;
      if (skip.has(entry.conversationId)) continue;
      // Held by another instance (or by this one, being sent): not claimable until its lease runs out.
      if (entry.lease && entry.lease.until.getTime() > now.getTime()) continue;
      chosen.push(entry);
      skip.add(entry.conversationId);
    }
    return this.steps.claimAttempts(this.collection, chosen, { owner, now, leaseUntil, keepCopy: false });
  }

  /**
   * Gives back, on shutdown, every message this instance holds but has not started posting, so another
   * instance (or this one after a restart) sends it at once instead of after the lease. A post already
   * under way keeps its mark, so it is looked for before it is made again.
   */
  async releaseHeldBy(owner: string): Promise<number> {
    const result = await this.collection[driver].updateMany(
      { status: 'pending', 'lease.owner': owner, attemptStartedAt: { $exists: false } },
      { $unset: { lease: '' } },
    );
    return result.modifiedCount;
  }

  /** Records in the send ledger that a post is about to be made (see `attemptStartedAt` on the entry). */
  async markAttemptStarted(id: string, at: Date): Promise<void> {
    await this.postSteps.updateOne({ _id: id }, { $set: { attemptStartedAt: at } });
  }

  /**
   * Records that the last post's outcome is unknown (it was cut off, or the process died mid-send), so the
   * next attempt looks for that post first. The earliest such moment is kept: the look starts from there.
   */
  async markUnconfirmed(id: string, since: Date): Promise<void> {
    await this.collection[driver].updateOne(
      { _id: id },
      { $min: { unconfirmedSince: since }, $unset: { attemptStartedAt: '' } },
    );
  }

  async markSent(id: string, messageId: string, now: Date): Promise<void> {
    await this.postSteps.updateOne(
      { _id: id },
      {
        $set: { status: 'sent', sentMessageId: messageId, sentAt: now },
        $unset: { lease: '', lastError: '', attemptStartedAt: '', unconfirmedSince: '' },
      },
    );
  }

  /**
   * Puts a message back to be tried again at `nextAttemptAt`, noting why the last try failed. A passing
   * failure counts towards giving up; a wait the platform asked for does not.
   */
  async retryLater(
    id: string,
    nextAttemptAt: Date,
    error: string,
    options: { readonly countsAsFailure?: boolean } = {},
  ): Promise<void> {
    await this.collection[driver].updateOne(
      { _id: id },
      {
        $set: { nextAttemptAt, lastError: error.slice(0, 2000) },
        $unset: { lease: '', attemptStartedAt: '' },
        ...(options.countsAsFailure ? { $inc: { failures: 1 } } : {}),
      },
    );
  }

  /** Hands a claimed message back untried, to be sent from `nextAttemptAt` (its conversation's slot is later). */
  async putBack(id: string, nextAttemptAt: Date): Promise<void> {
    await this.collection[driver].updateOne({ _id: id }, { $set: { nextAttemptAt }, $unset: { lease: '' } });
  }

  /** A message that cannot be delivered (e.g. the bot was removed) is kept with its reason. */
  async markFailed(id: string, reason: string, because?: DeliveryFailureReason): Promise<void> {
    await this.collection[driver].updateOne(
      { _id: id },
      {
        $set: { status: 'failed', lastError: reason.slice(0, 2000), ...(because ? { failedBecause: because } : {}) },
        $unset: { lease: '', attemptStartedAt: '' },
      },
    );
  }

  /** A chat was opened for a message that had none: it now goes there (and is paced as that conversation). */
  async attachChat(id: string, link: Pick<ConversationLink, '_id' | 'conversationId'>): Promise<void> {
    await this.collection[driver].updateOne(
      { _id: id },
      { $set: { conversationId: link.conversationId, linkId: link._id } },
    );
  }

  /**
   * The person can be reached now (they wrote to the bot in `chat`): every message to them that failed because
   * the bot could not reach them on that platform, or on any, is sent there. Returns how many.
   */
  async requeueUnreachable(personId: string, chat: ConversationLink, now: Date): Promise<number> {
    const result = await this.collection[driver].updateMany(
      {
        status: 'failed',
        personId,
        failedBecause: { $in: ['no_identity', 'cannot_open_chat'] },
        $or: [{ platform: chat.platform }, { platform: { $exists: false } }],
      },
      sendAgainTo(chat, now),
    );
    return result.modifiedCount;
  }

  /** Messages that failed because the bot knew no account of their person, oldest first. */
  async failedForWantOfIdentity(limit: number): Promise<OutboxEntry[]> {
    return this.collection.readAll(
      await this.collection[driver]
        .find({ status: 'failed', failedBecause: 'no_identity' })
        .sort({ createdAt: 1 })
        .limit(limit)
        .toArray(),
    );
  }

  /** A failed message is sent again by a way found since: to this conversation, or to a chat still to open. */
  async reroute(
    id: string,
    way: Pick<OutboxEntry, 'platform' | 'conversationId' | 'linkId' | 'openChatWith'>,
    now: Date,
  ): Promise<void> {
    await this.collection[driver].updateOne(
      { _id: id, status: 'failed' },
      {
        $set: { ...way, status: 'pending', nextAttemptAt: now },
        $unset: { failedBecause: '', lastError: '', failures: '', lease: '' },
      },
    );
  }

  /**
   * A channel was linked to a district: every message that failed because the district had no channel for
   * this channel's audience goes there now. Returns how many.
   */
  async requeueForChannel(channel: ConversationLink, now: Date): Promise<number> {
    if (!channel.districtId) return 0;
    const result = await this.collection[driver].updateMany(
      {
        status: 'failed',
        failedBecause: 'no_channel',
        districtId: channel.districtId,
        audiences: channel.audience ?? 'district',
      },
      sendAgainTo(channel, now),
    );
    return result.modifiedCount;
  }

  /**
   * Someone wrote in a shared conversation, so it answers (again, or at a new address): what the bot gave up
   * posting there since `since` because it did not answer, and what is waiting out a backoff there, is sent
   * now. A post that may have arrived (unconfirmed), or refused as gone (404, 403: listed for the QA manager
   * as failed), is never sent again by this. Returns how many.
   */
  async requeueInReachedConversation(link: ConversationLink, now: Date, since: Date): Promise<number> {
    const result = await this.collection[driver].updateMany(
      {
        conversationId: link.conversationId,
        platform: link.platform,
        $or: [
          { status: 'failed', failedBecause: 'gave_up', createdAt: { $gte: since } },
          { status: 'pending', failures: { $gt: 0 }, nextAttemptAt: { $gt: now }, lease: { $exists: false } },
        ],
      },
      sendAgainTo(link, now),
    );
    return result.modifiedCount;
  }

  /** Every delivered copy of a message, to update them in place (e.g. the notice's live reply count). */
  async sentCopiesOf(key: string): Promise<OutboxEntry[]> {
    return this.collection.readAll(await this.collection[driver].find({ key, status: 'sent' }).toArray());
  }

  /**
   * Every delivered copy of every message about an action, whatever it was sent under (its card, a
   * reassignment, a turn, a reminder, an escalation), so that a step on the action updates them all.
   */
  async sentCopiesAbout(actionId: string): Promise<OutboxEntry[]> {
    return this.collection.readAll(
      await this.collection[driver].find({ 'notification.actionId': actionId, status: 'sent' }).toArray(),
    );
  }

  /** The delivered message with this platform id in a conversation, e.g. the notice a thread replies to. */
  async findDelivered(
    platform: OutboxEntry['platform'],
    conversationId: string,
    messageId: string,
  ): Promise<OutboxEntry | null> {
    return this.collection.read(
      await this.collection[driver].findOne({ platform, conversationId, sentMessageId: messageId, status: 'sent' }),
    );
  }

  async failedDeliveries(limit: number): Promise<OutboxEntry[]> {
    return this.collection.readAll(
      await this.collection[driver].find({ status: 'failed' }).sort({ createdAt: -1 }).limit(limit).toArray(),
    );
  }
}

/** A failed message made ready to send again, now into `link`; what it failed of is forgotten. */
function sendAgainTo(link: ConversationLink, now: Date): UpdateFilter<OutboxEntry> {
  return {
    $set: {
      status: 'pending',
      platform: link.platform,
      conversationId: link.conversationId,
      linkId: link._id,
      nextAttemptAt: now,
    },
    $unset: { failedBecause: '', lastError: '', failures: '', lease: '' },
  };
}
