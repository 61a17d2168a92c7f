import type { Db, Document, Filter } from 'mongodb';
import { z } from 'zod/v4';
import { caseListSchema, listedCaseSchema, type CaseList, type ListedCase } from '../domain/case-list/case-list.js';
import { CASE_FILE_LIMITS } from '../domain/case-list/read-case-file.js';
import { driver } from './driver-collection.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';

/**
 * A list as stored: its cases as one text, a JSON array per line (reference, team id, team name, worker
 * reference or "", type, date opened). A district's thousands of cases as thousands of sub-documents took the
 * embedded server most of a second to read or write each time; as one text they take milliseconds, and no
 * query ever looks inside a list.
 */
const storedCaseListSchema = caseListSchema
  .omit({ cases: true })
  .extend({ cases: z.string().max(CASE_FILE_LIMITS.characters * 2) });
type StoredCaseList = z.infer<typeof storedCaseListSchema>;

const caseLine = z.tuple([z.string(), z.string(), z.string(), z.string(), z.string(), z.string()]);

function toStored(list: CaseList): StoredCaseList {
  const valid = caseListSchema.parse(list);
  const lines = valid.cases.map((entry) =>
    JSON.stringify([
      entry.caseReference,
      entry.teamId,
      entry.teamName,
      entry.workerReference ?? '',
      entry.caseType,
      entry.dateOpened,
    ]),
  );
  return { ...valid, cases: lines.join('\n') };
}

function fromStored(stored: StoredCaseList): CaseList {
  const cases = stored.cases === '' ? [] : stored.cases.split('\n').map(readCaseLine);
  return caseListSchema.parse({ ...stored, cases });
}

function readCaseLine(line: string): ListedCase {
  const [caseReference, teamId, teamName, workerReference, caseType, dateOpened] = caseLine.parse(JSON.parse(line));
  return listedCaseSchema.parse({
    caseReference,
    teamId,
    teamName,
    ...(workerReference ? { workerReference } : {}),
    caseType,
    dateOpened,
  });
}

const indexes: DeclaredIndex[] = [
  { name: 'district_applied', key: { districtId: 1, appliedAt: -1 }, serves: 'currentFor, removeReplaced' },
];

/**
 * The districts' open-case lists: each file sent is kept (its checked rows only) between its dry run and its
 * Apply button; the latest applied list of a district is its current one, and the lists it replaced go.
 */
export class CaseListRepository {
  readonly collection: ValidatedCollection<StoredCaseList>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'case_lists', storedCaseListSchema, indexes);
  }

  async save(list: CaseList): Promise<CaseList> {
    await this.collection.insert(toStored(list));
    return list;
  }

  async findById(id: string): Promise<CaseList | null> {
    return this.read(await this.collection[driver].findOne({ _id: id } as Filter<StoredCaseList>));
  }

  /** The district's current list: the one applied last; null before any is applied. */
  async currentFor(districtId: string): Promise<CaseList | null> {
    const [latest] = await this.collection[driver]
      .find({ districtId, appliedAt: { $exists: true } } as Filter<StoredCaseList>)
      .sort({ appliedAt: -1 })
      .limit(1)
      .toArray();
    return this.read(latest ?? null);
  }

  /**
   * Makes a pending list its district's current one, once: null when it was applied already (a second press,
   * or two at once), so only one press stores it and audits it.
   */
  async markApplied(id: string, by: string, at: Date): Promise<CaseList | null> {
    const applied = await this.collection[driver].findOneAndUpdate(
      { _id: id, appliedAt: { $exists: false } } as Filter<StoredCaseList>,
      { $set: { appliedAt: at, appliedBy: by } },
      { returnDocument: 'after' },
    );
    return this.read(applied);
  }

  /**
   * Removes the district's other lists applied up to the current one: a new list replaces the old (one applied
   * in the same millisecond too).
   */
  async removeReplaced(current: CaseList): Promise<number> {
    if (!current.appliedAt) return 0;
    const removed = await this.collection[driver].deleteMany({
      districtId: current.districtId,
      appliedAt: { $lte: current.appliedAt },
      _id: { $ne: current._id },
    } as Filter<StoredCaseList>);
    return removed.deletedCount;
  }

  private read(document: Document | null): CaseList | null {
    const stored = this.collection.read(document);
    return stored ? fromStored(stored) : null;
  }
}
