import type { HistoryEntry } from './history.js';

/** What the store reports after trying to save one step of an entity's lifecycle. */
export type SaveTransitionResult<T> =
  | { kind: 'saved'; entity: T }
  /** The same command was already applied (a retry): nothing was written again. */
  | { kind: 'replayed'; entity: T }
  /** Someone else changed the entity first; `entity` is how it stands now. */
  | { kind: 'conflict'; entity: T }
  | { kind: 'missing' };

/** The port through which the domain saves a lifecycle step; the store implements it. */
export interface TransitionRecords<T extends { _id: string; version: number; history: HistoryEntry[] }> {
  findById(id: string): Promise<T | null>;
  /** Saves `after` only if the stored entity is still `before` (same version), as one atomic write. */
  saveTransition(before: T, after: T): Promise<SaveTransitionResult<T>>;
}

/** True when this command has already been applied to the entity (so a retry must not apply it again). */
export function alreadyApplied(entity: { history: readonly HistoryEntry[] }, commandId: string): boolean {
  return entity.history.some((entry) => entry.commandId === commandId);
}
