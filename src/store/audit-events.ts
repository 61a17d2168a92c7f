import type { Db, Document } from 'mongodb';
import {
  auditEventId,
  auditEventSchema,
  type AuditEvent,
  type AuditedEntityKind,
  type CaseTag,
} from '../domain/audit/audit-event.js';
import { ValidatedCollection, isDuplicateKey, type DeclaredIndex } from './validated-collection.js';
import { driver } from './driver-collection.js';

const indexes: DeclaredIndex[] = [
  { name: 'entity_at', key: { entityKind: 1, entityId: 1, at: 1 }, serves: 'trailFor' },
  { name: 'actor_at', key: { actorId: 1, at: 1 }, serves: 'byActor' },
  { name: 'case_at', key: { caseReferences: 1, at: 1 }, serves: 'aboutCase' },
  { name: 'at', key: { at: 1 }, serves: 'the retention purge (expired-records.ts)' },
];

/** The append-only audit trail. Events are only ever added: this repository has no update or delete. */
export class AuditEventRepository {
  readonly collection: ValidatedCollection<AuditEvent>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'audit_events', auditEventSchema, indexes);
  }

  /** Adds an event; an event with the same id is already there after a retry, which is fine. */
  async record(event: AuditEvent): Promise<void> {
    try {
      await this.collection.insert(event);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  /** Records that a form was submitted and stored (a finding, feedback, visit notes): its first and only step. */
  recordSubmitted(
    entityKind: AuditedEntityKind,
    entityId: string,
    actorId: string,
    at: Date,
    commandId: string,
    about?: CaseTag,
  ): Promise<void> {
    return this.record({
      _id: auditEventId(entityKind, entityId, 1),
      entityKind,
      entityId,
      transition: 'submit',
      actorId,
      at,
      commandId,
      before: 'none',
      after: 'submitted',
      ...about,
    });
  }

  /** Who viewed these records (findings, reports…), oldest first: the views of someone's work. */
  async viewsOf(records: readonly { entityKind: AuditedEntityKind; ids: readonly string[] }[]): Promise<AuditEvent[]> {
    const named = records.filter((record) => record.ids.length > 0);
    if (named.length === 0) return [];
    return this.collection.readAll(
      await this.collection[driver]
        .find({
          transition: 'view',
          $or: named.map((record) => ({ entityKind: record.entityKind, entityId: { $in: [...record.ids] } })),
        } as Document)
        .sort({ at: 1, _id: 1 })
        .toArray(),
    );
  }

  /** Every event about a child's case (by its reference), oldest first: views and changes, of any record. */
  async aboutCase(caseReference: string): Promise<AuditEvent[]> {
    return this.collection.readAll(
      await this.collection[driver]
        .find({ caseReferences: caseReference } as Document)
        .sort({ at: 1, _id: 1 })
        .toArray(),
    );
  }

  async trailFor(entityKind: AuditedEntityKind, entityId: string): Promise<AuditEvent[]> {
    const found = await this.collection[driver]
      .find({ entityKind, entityId } as Document)
      .sort({ at: 1, _id: 1 })
      .toArray();
    return this.collection.readAll(found);
  }

  async byActor(actorId: string): Promise<AuditEvent[]> {
    return this.collection.readAll(
      await this.collection[driver]
        .find({ actorId } as Document)
        .sort({ at: 1 })
        .toArray(),
    );
  }
}
