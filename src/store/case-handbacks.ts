import type { Db, Filter } from 'mongodb';
import { caseHandbackSchema, type CaseHandback } from '../domain/case-handback/case-handback.js';
import { driver } from './driver-collection.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';

// Read only by _id (a handback's card carries its id).
const indexes: DeclaredIndex[] = [];

/** Each verified report's audited cases, handed back to the managers holding them, and their acknowledgement. */
export class CaseHandbackRepository {
  readonly collection: ValidatedCollection<CaseHandback>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'case_handbacks', caseHandbackSchema, indexes);
  }

  /** Stores the handback unless one with its id is stored (a replayed verification); returns the one stored. */
  async saveOnce(handback: CaseHandback): Promise<CaseHandback> {
    return (await this.collection.insertOnce(handback, { _id: handback._id })).stored;
  }

  findById(id: string): Promise<CaseHandback | null> {
    return this.collection.findById(id);
  }

  /** Notes who acknowledged the case's findings, unless someone is noted already: the first stands. */
  async saveAcknowledged(id: string, acknowledged: NonNullable<CaseHandback['acknowledged']>): Promise<void> {
    await this.collection[driver].updateOne({ _id: id, acknowledged: { $exists: false } } as Filter<CaseHandback>, {
      $set: { acknowledged },
    });
  }
}
