import type { Db } from 'mongodb';
import { scheduledWorkSchema, type ScheduledWork } from '../domain/scheduling/scheduled-work.js';
import type { TransitionSteps } from './transition-steps.js';
import { ValidatedCollection, isDuplicateKey, type DeclaredIndex } from './validated-collection.js';
import { driver } from './driver-collection.js';

/** How many ids one lookup asks about, to keep the query small. */
const LOOKUP_BATCH = 500;

const indexes: DeclaredIndex[] = [{ name: 'status_due', key: { status: 1, dueAt: 1 }, serves: 'claimDue' }];

/**
 * Work that falls due at a time. A runner claims one piece at a time with a lease, so two instances
 * never run the same work, and work whose runner died is claimed again when its lease ends.
 */
export class ScheduledWorkRepository {
  readonly collection: ValidatedCollection<ScheduledWork>;

  constructor(
    db: Db,
    private readonly steps: TransitionSteps,
  ) {
    this.collection = new ValidatedCollection(db, 'scheduled_work', scheduledWorkSchema, indexes);
  }

  /** Schedules work under its unique id; scheduling the same id again changes nothing. */
  async schedule(work: ScheduledWork): Promise<void> {
    try {
      await this.collection.insert(work);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  /**
   * Schedules each piece of work not already scheduled (pending or done) under its id, looking them up in one
   * query first so a planner can offer the same work every minute cheaply. Returns how many were new.
   */
  async scheduleMissing(works: readonly ScheduledWork[]): Promise<number> {
    let added = 0;
    for (let start = 0; start < works.length; start += LOOKUP_BATCH) {
      const batch = works.slice(start, start + LOOKUP_BATCH);
      const known = await this.collection[driver]
        .find({ _id: { $in: batch.map((work) => work._id) } }, { projection: { _id: 1 } })
        .toArray();
      const knownIds = new Set(known.map((document) => String(document._id)));
      for (const work of batch.filter((candidate) => !knownIds.has(candidate._id))) {
        await this.schedule(work);
        added += 1;
      }
    }
    return added;
  }

  async findById(id: string): Promise<ScheduledWork | null> {
    return this.collection.findById(id);
  }

  /** Moves work not yet done to a new time (e.g. a notice when its day moves); done work stays done. */
  async reschedule(id: string, dueAt: Date): Promise<void> {
    await this.collection[driver].updateOne({ _id: id, status: 'pending' }, { $set: { dueAt } });
  }

  /**
   * Claims the earliest due piece of work that nobody holds, for `owner` until `leaseUntil`, or returns
   * null. Each claim is a step (work id and attempt number) claimed by a unique insert, so of two runners
   * exactly one gets it, on every MongoDB-protocol server (see transition-steps.ts).
   */
  async claimDue(now: Date, owner: string, leaseUntil: Date): Promise<ScheduledWork | null> {
    const candidates = this.collection.readAll(
      await this.collection[driver]
        .find({ status: 'pending', dueAt: { $lte: now } })
        .sort({ dueAt: 1, _id: 1 })
        .limit(50)
        .toArray(),
    );
    for (const work of candidates) {
      const claimed = await this.steps.claimAttempt(this.collection, work, { owner, now, leaseUntil, keepCopy: true });
      if (claimed) return claimed;
    }
    return null;
  }

  /** Marks claimed work done; only the lease holder can, so a runner whose lease ran out cannot. */
  async markDone(id: string, owner: string, now: Date): Promise<boolean> {
    const result = await this.collection[driver].updateOne(
      { _id: id, 'lease.owner': owner, status: 'pending' },
      { $set: { status: 'done', doneAt: now }, $unset: { lease: '' } },
    );
    return result.modifiedCount === 1;
  }

  /**
   * Gives claimed work back: on shutdown at once, after a failure not before `retryAt`, so a failing piece
   * of work does not spin.
   */
  async release(id: string, owner: string, error?: string, retryAt?: Date): Promise<void> {
    await this.collection[driver].updateOne(
      { _id: id, 'lease.owner': owner },
      retryAt
        ? {
            $set: {
              lease: { owner: 'retry-wait', until: retryAt },
              ...(error ? { lastError: error.slice(0, 2000) } : {}),
            },
          }
        : { $unset: { lease: '' }, ...(error ? { $set: { lastError: error.slice(0, 2000) } } : {}) },
    );
  }
}
