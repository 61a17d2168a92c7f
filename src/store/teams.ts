import type { Db } from 'mongodb';
import { teamSchema, type Team } from '../domain/districts/team.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';
import { driver } from './driver-collection.js';

// Team names are unique within a district ignoring case, which an index cannot say: the domain checks it
// (add-team.ts). countsByDistrict reads every team, as the districts list needs them all: a county has tens.
const indexes: DeclaredIndex[] = [
  { name: 'district_name', key: { districtId: 1, name: 1 }, serves: 'inDistrict' },
  { name: 'manager', key: { managerId: 1 }, serves: 'managedBy' },
];

/** The case-holding teams of each district, each with its manager; retired ones are kept. */
export class TeamRepository {
  readonly collection: ValidatedCollection<Team>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'teams', teamSchema, indexes);
  }

  save(team: Team): Promise<Team> {
    return this.collection.replaceById(team);
  }

  findById(id: string): Promise<Team | null> {
    return this.collection.findById(id);
  }

  /** The current teams a person manages ("my team's actions"). */
  async managedBy(managerId: string): Promise<Team[]> {
    const found = await this.collection[driver].find({ managerId }).toArray();
    return this.collection.readAll(found).filter((team) => !team.retiredAt);
  }

  /** A district's teams, retired ones too, by name. */
  async inDistrict(districtId: string): Promise<Team[]> {
    return this.collection.readAll(await this.collection[driver].find({ districtId }).sort({ name: 1 }).toArray());
  }

  /** How many teams still in use each district has, by district id (districts with none are left out). */
  async countsByDistrict(): Promise<Map<string, number>> {
    const counted = await this.collection[driver]
      .aggregate<{ _id: string; count: number }>([
        { $match: { retiredAt: { $exists: false } } },
        { $group: { _id: '$districtId', count: { $sum: 1 } } },
      ])
      .toArray();
    return new Map(counted.map((row) => [String(row._id), row.count]));
  }
}
