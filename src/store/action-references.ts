import type { Db } from 'mongodb';
import { z } from 'zod/v4';
import { actionReference, actionReferenceFor } from '../domain/action/action-reference.js';
import { entityId } from '../domain/shared/fields.js';
import { driver } from './driver-collection.js';
import { ValidatedCollection, isDuplicateKey, type DeclaredIndex } from './validated-collection.js';

/** Which action each short reference ("A-12") names; the unique `_id` is what makes a reference unique. */
const actionReferenceSchema = z.strictObject({
  _id: actionReference,
  actionId: entityId,
  number: z.number().int().min(1),
});
type ActionReferenceRecord = z.infer<typeof actionReferenceSchema>;

/** The next number to try; only a hint, since the claim of the reference itself decides. */
const counterSchema = z.strictObject({ _id: z.literal('action_reference'), next: z.number().int().min(1) });
type Counter = z.infer<typeof counterSchema>;

const indexes: DeclaredIndex[] = [
  { name: 'action', key: { actionId: 1 }, unique: true, serves: 'referenceOf, allocate (one reference per action)' },
];

/** More attempts than any plausible run of simultaneous creations; reaching it is a fault worth failing on. */
const MAX_ATTEMPTS = 50;

/**
 * The short references people type for actions ("reassign A-12 to …"), one per action and never reused.
 * A number is taken from a counter, then claimed by inserting the reference under its unique `_id`: the
 * insert is atomic on every MongoDB-protocol server, while an increment is not on FerretDB, so two actions
 * created at the same moment that draw the same number meet on the insert and the loser draws again.
 */
export class ActionReferenceRepository {
  readonly collection: ValidatedCollection<ActionReferenceRecord>;
  private readonly counters: ValidatedCollection<Counter>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'action_references', actionReferenceSchema, indexes);
    this.counters = new ValidatedCollection(db, 'counters', counterSchema, []);
  }

  /** The action's reference, allocated on first asking; the same action asked again keeps its reference. */
  async allocate(actionId: string): Promise<string> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const existing = await this.referenceOf(actionId);
      if (existing) return existing;
      const number = await this.drawNumber();
      try {
        await this.collection.insert({ _id: actionReferenceFor(number), actionId, number });
        return actionReferenceFor(number);
      } catch (error) {
        // Taken by another action (draw again), or this action's reference was made meanwhile (found above).
        if (!isDuplicateKey(error)) throw error;
      }
    }
    throw new Error(`No action reference could be claimed for ${actionId} in ${MAX_ATTEMPTS} attempts.`);
  }

  async referenceOf(actionId: string): Promise<string | null> {
    return (await this.collection[driver].findOne({ actionId }))?._id ?? null;
  }

  /** The action a reference names, or null when no action has it. */
  async actionIdFor(reference: string): Promise<string | null> {
    return (await this.collection.findById(reference))?.actionId ?? null;
  }

  private async drawNumber(): Promise<number> {
    try {
      const counter = await this.counters[driver].findOneAndUpdate(
        { _id: 'action_reference' },
        { $inc: { next: 1 } },
        { upsert: true, returnDocument: 'after' },
      );
      if (!counter) throw new Error('The action reference counter could not be read.');
      return counter.next;
    } catch (error) {
      // Two first draws racing to create the counter: one made it, so draw from it.
      if (!isDuplicateKey(error)) throw error;
      return this.drawNumber();
    }
  }
}
