import type { Db } from 'mongodb';
import { caseFindingSchema, type CaseFinding } from '../domain/case-finding/case-finding.js';
import type { AuditEventRepository } from './audit-events.js';
import { CaptureRepository } from './capture-repository.js';
import { caseTagOf } from '../domain/case-finding/case-tag.js';
import { driver } from './driver-collection.js';

/** What auditors found, one document per submitted card. */
export class CaseFindingRepository extends CaptureRepository<CaseFinding> {
  constructor(db: Db, auditEvents: AuditEventRepository) {
    super(db, auditEvents, {
      collectionName: 'case_findings',
      schema: caseFindingSchema,
      auditedKind: 'case_finding',
      submitterOf: (finding) => finding.auditorId,
      caseOf: caseTagOf,
      dayOrder: 'caseReference',
      indexes: [
        { name: 'day_case', key: { challengeDayId: 1, caseReference: 1 }, serves: 'forChallengeDay' },
        { name: 'district_case', key: { districtId: 1, caseReference: 1 }, serves: 'forCase in a district' },
        { name: 'case', key: { caseReference: 1, submittedAt: -1 }, serves: 'forCase across districts (moderation)' },
      ],
    });
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

  /** A case's findings, newest first; in one district, or in any when no district is given. */
  async forCase(districtId: string | undefined, caseReference: string): Promise<CaseFinding[]> {
    const found = await this.collection[driver]
      .find({ ...(districtId ? { districtId } : {}), caseReference })
      .sort({ submittedAt: -1 })
      .toArray();
    return this.collection.readAll(found);
  }
}
