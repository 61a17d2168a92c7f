import type { HistoryEntry } from '../domain/shared/history.js';
import type { SaveTransitionResult, TransitionRecords } from '../domain/shared/records.js';
import type { VersionedCollection } from './versioned-collection.js';

/**
 * What every repository of an entity with a lifecycle offers the domain: create it, find it, save a step.
 * Subclasses add the named queries of their collection.
 */
export abstract class VersionedRepository<
  T extends { _id: string; version: number; history: HistoryEntry[] },
> implements TransitionRecords<T> {
  constructor(readonly collection: VersionedCollection<T>) {}

  create(entity: T): Promise<T> {
    return this.collection.create(entity);
  }

  findById(id: string): Promise<T | null> {
    return this.collection.findById(id);
  }

  saveTransition(before: T, after: T): Promise<SaveTransitionResult<T>> {
    return this.collection.saveTransition(before, after);
  }
}
