import type { Db } from 'mongodb';
import { caseFindingSchema, type CaseFinding } from '../domain/case-finding/case-finding.js';
import type { AuditEventRepository } from './audit-events.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';
import { driver } from './driver-collection.js';

const indexes: DeclaredIndex[] = [
  { name: 'submission_unique', key: { submissionId: 1 }, unique: true, serves: 'submit (stored once)' },
  { name: 'day_case', key: { challengeDayId: 1, caseReference: 1 }, serves: 'forChallengeDay' },
  { name: 'district_case', key: { districtId: 1, caseReference: 1 }, serves: 'forCase in a district' },
  { name: 'case', key: { caseReference: 1, submittedAt: -1 }, serves: 'forCase across districts (moderation)' },
];

/** What auditors found, one document per submitted card. */
export class CaseFindingRepository {
  readonly collection: ValidatedCollection<CaseFinding>;

  constructor(
    db: Db,
    private readonly auditEvents: AuditEventRepository,
  ) {
    this.collection = new ValidatedCollection(db, 'case_findings', caseFindingSchema, indexes);
  }

  /** Stores a finding once, however many times its card is submitted. */
  async submit(finding: CaseFinding): Promise<{ stored: CaseFinding; replayed: boolean }> {
    const result = await this.collection.insertOnce(finding, { submissionId: finding.submissionId });
    // Written again on a replay too: the first try may have stopped between the two writes.
    const { stored } = result;
    await this.auditEvents.recordSubmitted(
      'case_finding',
      stored._id,
      stored.auditorId,
      stored.submittedAt,
      stored.submissionId,
    );
    return result;
  }

  /** Sets a finding's moderated grades (the auditor's stay as they were); returns the finding as stored. */
  async saveModeration(id: string, moderation: NonNullable<CaseFinding['moderation']>): Promise<CaseFinding | null> {
    const current = await this.collection.findById(id);
    if (!current) return null;
    const next = this.collection.validate({ ...current, moderation });
    await this.collection[driver].updateOne({ _id: id }, { $set: { moderation: next.moderation } });
    return next;
  }

  findById(id: string): Promise<CaseFinding | null> {
    return this.collection.findById(id);
  }

  async forChallengeDay(challengeDayId: string): Promise<CaseFinding[]> {
    const found = await this.collection[driver].find({ challengeDayId }).sort({ caseReference: 1 }).toArray();
    return this.collection.readAll(found);
  }

  /** A case's findings, newest first; in one district, or in any when no district is given. */
  async forCase(districtId: string | undefined, caseReference: string): Promise<CaseFinding[]> {
    const found = await this.collection[driver]
      .find({ ...(districtId ? { districtId } : {}), caseReference })
      .sort({ submittedAt: -1 })
      .toArray();
    return this.collection.readAll(found);
  }
}
