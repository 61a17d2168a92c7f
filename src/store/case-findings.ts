import type { Db } from 'mongodb';
import { caseFindingSchema, type CaseFinding } from '../domain/case-finding/case-finding.js';
import type { AuditEventRepository } from './audit-events.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';

const indexes: DeclaredIndex[] = [
  { name: 'submission_unique', key: { submissionId: 1 }, unique: true, serves: 'submit (stored once)' },
  { name: 'day_case', key: { challengeDayId: 1, caseReference: 1 }, serves: 'forChallengeDay' },
  { name: 'district_case', key: { districtId: 1, caseReference: 1 }, serves: 'forCase' },
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

  findById(id: string): Promise<CaseFinding | null> {
    return this.collection.findById(id);
  }

  async forChallengeDay(challengeDayId: string): Promise<CaseFinding[]> {
    const found = await this.collection.raw.find({ challengeDayId }).sort({ caseReference: 1 }).toArray();
    return this.collection.readAll(found);
  }

  async forCase(districtId: string, caseReference: string): Promise<CaseFinding[]> {
    const found = await this.collection.raw.find({ districtId, caseReference }).sort({ submittedAt: -1 }).toArray();
    return this.collection.readAll(found);
  }
}
