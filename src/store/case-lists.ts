import type { Db, Filter } from 'mongodb';
import { caseListSchema, type CaseList } from '../domain/case-list/case-list.js';
import { driver } from './driver-collection.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';

const indexes: DeclaredIndex[] = [
  { name: 'district_applied', key: { districtId: 1, appliedAt: -1 }, serves: 'currentFor, removeReplaced' },
];

/**
 * The districts' open-case lists: each file sent is kept (its checked rows only) between its dry run and its
 * Apply button; the latest applied list of a district is its current one, and the lists it replaced go.
 */
export class CaseListRepository {
  readonly collection: ValidatedCollection<CaseList>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'case_lists', caseListSchema, indexes);
  }

  save(list: CaseList): Promise<CaseList> {
    return this.collection.insert(list);
  }

  findById(id: string): Promise<CaseList | null> {
    return this.collection.findById(id);
  }

  /** The district's current list: the one applied last; null before any is applied. */
  async currentFor(districtId: string): Promise<CaseList | null> {
    const [latest] = await this.collection[driver]
      .find({ districtId, appliedAt: { $exists: true } } as Filter<CaseList>)
      .sort({ appliedAt: -1 })
      .limit(1)
      .toArray();
    return this.collection.read(latest ?? null);
  }

  /**
   * Makes a pending list its district's current one, once: null when it was applied already (a second press,
   * or two at once), so only one press stores it and audits it.
   */
  async markApplied(id: string, by: string, at: Date): Promise<CaseList | null> {
    const applied = await this.collection[driver].findOneAndUpdate(
      { _id: id, appliedAt: { $exists: false } } as Filter<CaseList>,
      { $set: { appliedAt: at, appliedBy: by } },
      { returnDocument: 'after' },
    );
    return this.collection.read(applied);
  }

  /** Removes the district's lists applied before the current one: a new list replaces the old. */
  async removeReplaced(current: CaseList): Promise<number> {
    if (!current.appliedAt) return 0;
    const removed = await this.collection[driver].deleteMany({
      districtId: current.districtId,
      appliedAt: { $lt: current.appliedAt },
    } as Filter<CaseList>);
    return removed.deletedCount;
  }
}
