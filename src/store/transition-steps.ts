import type { Db, Filter, UpdateFilter } from 'mongodb';
import { z } from 'zod/v4';
import { driver } from './driver-collection.js';
import { ValidatedCollection, isDuplicateKey } from './validated-collection.js';

/**
 * The commit point of every lifecycle step. Whoever first inserts the step's key — entity and position in
 * its history — owns that step; the unique _id makes the insert atomic on every MongoDB-protocol server.
 *
 * A guarded findOneAndUpdate alone is not enough: FerretDB (our embedded and test server) does not apply
 * a conditional update atomically, so two racing updates can both match the same version. A unique insert
 * is atomic there as everywhere. The step keeps the entity as it is after the step, so if its owner dies
 * before updating the entity, the next writer finishes the step instead of losing it.
 */
const transitionStepSchema = z.strictObject({
  _id: z.string().min(1).max(300),
  commandId: z.string().min(1).max(128),
  at: z.date(),
  /** The entity as it is after this step; validated by the entity's own schema when it is applied. */
  after: z.record(z.string(), z.unknown()),
});
export type TransitionStep = z.infer<typeof transitionStepSchema>;

/** Something taken in attempts, each held for a while by whoever claimed it: scheduled work, an outbox entry. */
interface Attempted {
  _id: string;
  attempts: number;
  lease?: { owner: string; until: Date };
  [field: string]: unknown;
}

/** Who claims an attempt, when, and until when they hold it. */
export interface AttemptClaim {
  readonly owner: string;
  readonly now: Date;
  readonly leaseUntil: Date;
  /** Whether the step keeps a copy of the item as claimed, or only its key. */
  readonly keepCopy: boolean;
}

export class TransitionSteps {
  readonly collection: ValidatedCollection<TransitionStep>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'transition_steps', transitionStepSchema, []);
  }

  /** Claims a step; returns null when this call claimed it, or the step as someone claimed it first. */
  async claim(step: TransitionStep): Promise<TransitionStep | null> {
    try {
      await this.collection.insert(step);
      return null;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      return this.collection.findById(step._id);
    }
  }

  /**
   * Claims the item's next attempt for `claim.owner`, or returns null when someone holds it (its lease has
   * not run out) or claimed it first. The attempt is a step (the collection's name, the item's id and the
   * attempt number) claimed by a unique insert, so of two claimers exactly one gets it, on every
   * MongoDB-protocol server.
   */
  async claimAttempt<T extends Attempted>(
    collection: ValidatedCollection<T>,
    item: T,
    claim: AttemptClaim,
  ): Promise<T | null> {
    if (item.lease && item.lease.until.getTime() > claim.now.getTime()) return null;
    const leased = leasedFor(item, claim);
    const claimedBefore = await this.claim({
      _id: stepKey(collection.name, item._id, leased.attempts),
      commandId: claim.owner,
      at: claim.now,
      after: claim.keepCopy ? leased : {},
    });
    if (claimedBefore !== null) {
      // Whoever took this attempt first may have died before writing it to the item; written for them (with
      // the lease they had), the item is claimed again once that lease runs out, not passed over.
      const leaseMs = claim.leaseUntil.getTime() - claim.now.getTime();
      const theirLease = { owner: claimedBefore.commandId, until: new Date(claimedBefore.at.getTime() + leaseMs) };
      await recordClaim(collection, item, { ...leased, lease: theirLease });
      return null;
    }
    await recordClaim(collection, item, leased);
    return leased;
  }

  /**
   * Claims the next attempt of each item, as claimAttempt does one, in two commands for them all: the steps
   * inserted together, each on its own, then the leases written together. An item someone else claimed
   * first goes the one-at-a-time way, which writes their lease for them if they died before writing it.
   */
  async claimAttempts<T extends Attempted>(
    collection: ValidatedCollection<T>,
    items: readonly T[],
    claim: AttemptClaim,
  ): Promise<T[]> {
    const open = items.filter((item) => !item.lease || item.lease.until.getTime() <= claim.now.getTime());
    const leased = open.map((item) => leasedFor(item, claim));
    const taken = await this.collection.insertEachNew(
      leased.map((item) => ({
        _id: stepKey(collection.name, item._id, item.attempts),
        commandId: claim.owner,
        at: claim.now,
        after: claim.keepCopy ? item : {},
      })),
    );
    const won = leased.filter((item) => !taken.has(stepKey(collection.name, item._id, item.attempts)));
    for (const lost of open.filter((item) => taken.has(stepKey(collection.name, item._id, item.attempts + 1))))
      await this.claimAttempt(collection, lost, claim);
    if (won.length > 0) {
      await collection[driver].bulkWrite(
        won.map((item) => ({
          updateOne: {
            filter: { _id: item._id, attempts: item.attempts - 1 } as Filter<T>,
            update: { $set: { lease: item.lease, attempts: item.attempts } } as UpdateFilter<T>,
          },
        })),
        { ordered: false },
      );
    }
    return won;
  }
}

/** The item as held under a new claim: the next attempt, leased to the claimer. */
function leasedFor<T extends Attempted>(item: T, claim: AttemptClaim): T {
  return { ...item, lease: { owner: claim.owner, until: claim.leaseUntil }, attempts: item.attempts + 1 };
}

/** Writes a claimed attempt to the item, unless it moved on from the attempt it was claimed at. */
async function recordClaim<T extends Attempted>(
  collection: ValidatedCollection<T>,
  before: T,
  claimed: T,
): Promise<void> {
  await collection[driver].updateOne(
    { _id: before._id, attempts: before.attempts } as Filter<T>,
    { $set: { lease: claimed.lease, attempts: claimed.attempts } } as UpdateFilter<T>,
  );
}

export function stepKey(entityKind: string, entityId: string, position: number): string {
  return `${entityKind}:${entityId}:${position}`;
}
