import type { Db } from 'mongodb';
import { districtSchema, type District } from '../domain/districts/district.js';
import type { DigestSchedule } from '../domain/scheduling/digest-schedule.js';
import { isDuplicateKey, ValidatedCollection, type DeclaredIndex } from './validated-collection.js';
import { driver } from './driver-collection.js';

const indexes: DeclaredIndex[] = [
  { name: 'name_unique', key: { name: 1 }, unique: true, serves: 'findByName, all (by name)' },
  {
    name: 'retired_name',
    key: { retiredAt: 1, name: 1 },
    serves: 'active (the districts without retiredAt, by name)',
  },
];

/**
 * The county's districts and their MAT localities. A retired district stays (its history reads through it),
 * so most callers want `active`; only history, audit and names of past records read `all`.
 */
export class DistrictRepository {
  readonly collection: ValidatedCollection<District>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'districts', districtSchema, indexes);
  }

  save(district: District): Promise<District> {
    return this.collection.replaceById(district);
  }

  /**
   * Stores a new district; false when one with its id or exactly its name is stored already (two QA managers
   * adding the same district at once: the name's unique index lets one in).
   */
  async add(district: District): Promise<boolean> {
    try {
      await this.collection.insert(district);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  findById(id: string): Promise<District | null> {
    return this.collection.findById(id);
  }

  async findByName(name: string): Promise<District | null> {
    return this.collection.read(await this.collection[driver].findOne({ name }));
  }

  /** Changes when a district's weekly digest is posted; false when there is no such district. */
  async setDigestSchedule(id: string, schedule: DigestSchedule): Promise<boolean> {
    const result = await this.collection[driver].updateOne({ _id: id }, { $set: { digestSchedule: schedule } });
    return result.matchedCount === 1;
  }

  /** Every district, retired ones too, by name: for naming the district of past records and for uniqueness. */
  async all(): Promise<District[]> {
    return this.collection.readAll(await this.collection[driver].find({}).sort({ name: 1 }).toArray());
  }

  /** The districts still in use, by name: what pickers offer, questions recognise and digests go to. */
  async active(): Promise<District[]> {
    const found = await this.collection[driver]
      .find({ retiredAt: { $exists: false } })
      .sort({ name: 1 })
      .toArray();
    return this.collection.readAll(found);
  }

  /** Removes a district nothing refers to (one added by mistake); a district with history is retired instead. */
  async remove(id: string): Promise<void> {
    await this.collection[driver].deleteOne({ _id: id });
  }
}
