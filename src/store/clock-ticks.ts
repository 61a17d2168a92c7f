import type { Db } from 'mongodb';
import { z } from 'zod/v4';
import { ValidatedCollection, isDuplicateKey } from './validated-collection.js';
import { driver } from './driver-collection.js';

/**
 * Which instance took each minute's tick of the clock. With two or more instances running, the first to
 * insert a minute's key takes that tick; the others skip it. The unique `_id` makes the insert atomic on
 * every MongoDB-protocol server (FerretDB included), and a lookup by `_id` is the one query the embedded
 * server answers without reading the whole collection.
 *
 * This only saves the instances from all planning and claiming the same work each minute: what keeps each
 * piece of work to one run is still its lease and its per-period key in scheduled_work.
 */
const clockTickSchema = z.strictObject({
  _id: z.string().min(1).max(200),
  instanceId: z.string().min(1).max(100),
  takenAt: z.date(),
  expiresAt: z.date(),
});
export type ClockTick = z.infer<typeof clockTickSchema>;

/** A taken tick is kept this long after its lease ends, then cleared by an instance taking a later one. */
const KEPT_AFTER_EXPIRY_MS = 60 * 60 * 1000;

/**
 * How often one instance clears old ticks. Each clearing reads the whole collection on the embedded server,
 * so it is not done at every minute's tick; the collection still holds no more than a couple of hours' ticks.
 */
const CLEAR_EVERY_MS = 60 * 60 * 1000;

export class ClockTickRepository {
  readonly collection: ValidatedCollection<ClockTick>;
  /** When this instance last cleared old ticks. */
  private clearedAt: Date | null = null;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'clock_ticks', clockTickSchema, []);
  }

  /** True when this instance took the tick; false when another instance took it first. */
  async take(key: string, instanceId: string, now: Date, leaseMs: number): Promise<boolean> {
    try {
      await this.collection.insert({
        _id: key,
        instanceId,
        takenAt: now,
        expiresAt: new Date(now.getTime() + leaseMs),
      });
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
    await this.clearOldTicks(now);
    return true;
  }

  /** Clears ticks kept long enough, unless this instance did within the last hour (or its clock went back). */
  private async clearOldTicks(now: Date): Promise<void> {
    const sinceCleared = this.clearedAt ? now.getTime() - this.clearedAt.getTime() : Infinity;
    if (sinceCleared >= 0 && sinceCleared < CLEAR_EVERY_MS) return;
    this.clearedAt = now;
    await this.collection[driver].deleteMany({ expiresAt: { $lt: new Date(now.getTime() - KEPT_AFTER_EXPIRY_MS) } });
  }
}
