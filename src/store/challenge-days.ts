import type { Db } from 'mongodb';
import { challengeDaySchema, type ChallengeDay } from '../domain/challenge-day/challenge-day.js';
import type { AuditEventRepository } from './audit-events.js';
import type { TransitionSteps } from './transition-steps.js';
import type { DeclaredIndex } from './validated-collection.js';
import { VersionedCollection } from './versioned-collection.js';
import { VersionedRepository } from './versioned-repository.js';
import { driver } from './driver-collection.js';
import { snapshotPage } from './snapshot-page.js';
import type { PagePosition } from '../domain/api-access/action-filter.js';

const indexes: DeclaredIndex[] = [
  { name: 'district_date', key: { districtId: 1, date: -1 }, serves: 'latestForDistrict, onDate, anyInDistrict' },
  { name: 'status_starts', key: { status: 1, startsAt: 1 }, serves: 'upcoming' },
  { name: 'date', key: { date: 1 }, serves: 'heldBetween (every district)' },
];

/** Challenge Days, each saved through its lifecycle with a version guard and an audit event per step. */
export class ChallengeDayRepository extends VersionedRepository<ChallengeDay> {
  constructor(db: Db, auditEvents: AuditEventRepository, steps: TransitionSteps) {
    super(
      new VersionedCollection(db, 'challenge_days', challengeDaySchema, indexes, 'challenge_day', auditEvents, steps),
    );
  }

  /** The most recent day of a district that was not cancelled, e.g. for "the last Challenge Day in X". */
  async latestForDistrict(districtId: string, onOrBefore: Date): Promise<ChallengeDay | null> {
    const found = await this.collection[driver]
      .find({ districtId, status: { $ne: 'cancelled' }, date: { $lte: onOrBefore } })
      .sort({ date: -1 })
      .limit(1)
      .toArray();
    return this.collection.read(found[0] ?? null);
  }

  /** The district's day on a calendar date, if there is one that was not cancelled. */
  async onDate(districtId: string, date: Date): Promise<ChallengeDay | null> {
    return this.collection.read(
      await this.collection[driver].findOne({ districtId, date, status: { $ne: 'cancelled' } }),
    );
  }

  /** Whether the district has ever had a Challenge Day (planned, held or cancelled): its history. */
  async anyInDistrict(districtId: string): Promise<boolean> {
    return (await this.collection[driver].findOne({ districtId }, { projection: { _id: 1 } })) !== null;
  }

  /** A page of the days of these districts (every district when absent), for the read API. */
  async pageForApi(districtIds: readonly string[] | undefined, position: PagePosition, limit: number) {
    return snapshotPage(this.collection, districtIds ? { districtId: { $in: [...districtIds] } } : {}, position, limit);
  }

  /** Days not yet over, soonest first. */
  async upcoming(from: Date): Promise<ChallengeDay[]> {
    const found = await this.collection[driver]
      .find({ status: { $in: ['planned', 'announced', 'in_progress'] }, startsAt: { $gte: from } })
      .sort({ startsAt: 1 })
      .toArray();
    return this.collection.readAll(found);
  }

  /**
   * The days held (not cancelled) from `from` up to, not including, `until`, oldest first: in these districts,
   * or in every district when `districtIds` is absent. For performance figures and learning themes.
   */
  async heldBetween(districtIds: readonly string[] | undefined, from: Date, until: Date): Promise<ChallengeDay[]> {
    const found = await this.collection[driver]
      .find({
        ...(districtIds ? { districtId: { $in: [...districtIds] } } : {}),
        status: { $ne: 'cancelled' },
        date: { $gte: from, $lt: until },
      })
      .sort({ date: 1 })
      .toArray();
    return this.collection.readAll(found);
  }
}
