import type { Db } from 'mongodb';
import { z } from 'zod/v4';
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
}

export function stepKey(entityKind: string, entityId: string, position: number): string {
  return `${entityKind}:${entityId}:${position}`;
}
