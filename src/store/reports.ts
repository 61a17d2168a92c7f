import type { Db } from 'mongodb';
import { reportSchema, type Report } from '../domain/reports/report.js';
import type { AuditEventRepository } from './audit-events.js';
import type { TransitionSteps } from './transition-steps.js';
import type { DeclaredIndex } from './validated-collection.js';
import { VersionedCollection } from './versioned-collection.js';
import { VersionedRepository } from './versioned-repository.js';
import { driver } from './driver-collection.js';
import { snapshotPage } from './snapshot-page.js';
import type { PagePosition } from '../domain/api-access/action-filter.js';

const indexes: DeclaredIndex[] = [
  { name: 'day_unique', key: { challengeDayId: 1 }, unique: true, serves: 'forChallengeDay' },
  { name: 'status', key: { status: 1, createdAt: 1 }, serves: 'awaitingVerification' },
];

/** Challenge Day reports, one per day, through draft → submitted → approved (or back to draft). */
export class ReportRepository extends VersionedRepository<Report> {
  constructor(db: Db, auditEvents: AuditEventRepository, steps: TransitionSteps) {
    super(new VersionedCollection(db, 'reports', reportSchema, indexes, 'report', auditEvents, steps));
  }

  async forChallengeDay(challengeDayId: string): Promise<Report | null> {
    return this.collection.read(await this.collection[driver].findOne({ challengeDayId }));
  }

  /** A page of the verified (approved) reports of these districts (every district when absent), for the read API. */
  async verifiedPageForApi(
    districtIds: readonly string[] | undefined,
    position: PagePosition,
    limit: number,
  ): Promise<Report[]> {
    const filter = { status: 'approved', ...(districtIds ? { districtId: { $in: [...districtIds] } } : {}) };
    return snapshotPage(this.collection, filter, position, limit);
  }

  async awaitingVerification(): Promise<Report[]> {
    return this.collection.readAll(
      await this.collection[driver].find({ status: 'submitted' }).sort({ createdAt: 1 }).toArray(),
    );
  }
}
