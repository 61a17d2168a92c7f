import type { Db, Filter, UpdateFilter } from 'mongodb';
import type { z } from 'zod/v4';
import { auditEventId, type AuditedEntityKind } from '../domain/audit/audit-event.js';
import type { HistoryEntry } from '../domain/shared/history.js';
import type { SaveTransitionResult, TransitionRecords } from '../domain/shared/records.js';
import type { AuditEventRepository } from './audit-events.js';
import { stepKey, type TransitionSteps } from './transition-steps.js';
import { ValidatedCollection, type DeclaredIndex, type CollectionOptions } from './validated-collection.js';
import { driver } from './driver-collection.js';

type Versioned = { _id: string; version: number; history: HistoryEntry[] };

/**
 * A collection of entities with a lifecycle. Saving a step takes three single-document writes, each safe
 * to repeat: claim the step (the commit point, see transition-steps.ts), update the entity guarded by its
 * version, write the audit event under the step's key. Of two racing steps exactly one wins, a retried
 * command is recognised by its commandId, and no transactions are needed.
 */
export class VersionedCollection<T extends Versioned> extends ValidatedCollection<T> implements TransitionRecords<T> {
  constructor(
    db: Db,
    name: string,
    schema: z.ZodType<T>,
    indexes: readonly DeclaredIndex[],
    private readonly entityKind: AuditedEntityKind,
    private readonly auditEvents: AuditEventRepository,
    private readonly steps: TransitionSteps,
    options: CollectionOptions<T> = {},
  ) {
    super(db, name, schema, indexes, options);
  }

  /**
   * Stores a new entity and the audit events of the history it starts with (usually its creation). When
   * the same creating command arrives again (same id, same first command), the stored entity is returned.
   */
  async create(entity: T): Promise<T> {
    const { stored, replayed } = await this.insertOnce(entity, { _id: entity._id } as Partial<
      Record<keyof T & string, string>
    >);
    if (replayed && stored.history[0]?.commandId !== entity.history[0]?.commandId) {
      throw new Error(`A ${this.name} with id ${entity._id} already exists from another command.`);
    }
    for (const [index, entry] of stored.history.entries()) await this.recordAudit(stored, entry, index + 1);
    return stored;
  }

  async saveTransition(before: T, after: T): Promise<SaveTransitionResult<T>> {
    const entry = after.history.at(-1);
    if (!entry || after.history.length !== before.history.length + 1) {
      throw new Error(`A ${this.name} transition must add exactly one history entry.`);
    }
    const next = this.validate({ ...after, version: before.version + 1 });
    const position = next.history.length;
    const key = stepKey(this.entityKind, before._id, position);

    const claimedFirst = await this.steps.claim({ _id: key, commandId: entry.commandId, at: entry.at, after: next });
    if (claimedFirst === null) {
      await this.applyStep(before.version, next, entry, position);
      return { kind: 'saved', entity: next };
    }

    // Someone claimed this step first. Finish it if they could not, then report how things stand.
    const theirs = this.validate(claimedFirst.after);
    const theirEntry = theirs.history.at(-1);
    if (theirEntry) await this.applyStep(before.version, theirs, theirEntry, position);
    const current = await this.findById(before._id);
    if (!current) return { kind: 'missing' };
    return claimedFirst.commandId === entry.commandId
      ? { kind: 'replayed', entity: current }
      : { kind: 'conflict', entity: current };
  }

  /** Moves the entity from `fromVersion` to `next` (a no-op when that already happened) and audits it. */
  private async applyStep(fromVersion: number, next: T, entry: HistoryEntry, position: number): Promise<void> {
    const { _id, ...fields } = this.stored(next);
    const unset = await this.fieldsToRemove(_id, fields);
    await this[driver].updateOne(
      { _id, version: fromVersion } as Filter<T>,
      { $set: fields, ...(unset ? { $unset: unset } : {}) } as UpdateFilter<T>,
    );
    await this.recordAudit(next, entry, position);
  }

  /** Optional fields the step cleared (e.g. a decided date-change request) must be removed, not kept. */
  private async fieldsToRemove(id: string, fields: Record<string, unknown>): Promise<Record<string, ''> | null> {
    const stored = await this[driver].findOne({ _id: id } as Filter<T>);
    if (!stored) return null;
    const removed = Object.keys(stored).filter((field) => field !== '_id' && !(field in fields));
    return removed.length > 0 ? Object.fromEntries(removed.map((field) => [field, ''] as const)) : null;
  }

  private async recordAudit(entity: T, entry: HistoryEntry, position: number): Promise<void> {
    await this.auditEvents.record({
      _id: auditEventId(this.entityKind, entity._id, position),
      entityKind: this.entityKind,
      entityId: entity._id,
      transition: entry.transition,
      actorId: entry.actorId,
      at: entry.at,
      commandId: entry.commandId,
      before: entry.from,
      after: entry.to,
      // What the step says beyond its states, e.g. an action's old and new owner, is kept in the trail too.
      ...(entry.note ? { note: entry.note } : {}),
    });
  }
}
