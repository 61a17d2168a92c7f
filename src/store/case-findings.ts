import type { Db } from 'mongodb';
import { caseFindingSchema, type CaseFinding } from '../domain/case-finding/case-finding.js';
import type { AuditEventRepository } from './audit-events.js';
import { CaptureRepository } from './capture-repository.js';
import { caseTagOf } from '../domain/case-finding/case-tag.js';
import { driver } from './driver-collection.js';
import type { FindingFacts } from '../domain/performance/grade-figures.js';

/** The grades and theme ids of a finding, which is all performance figures read of it. */
const findingFactsSchema = caseFindingSchema
  .pick({ challengeDayId: true, districtId: true, overallGrade: true, domains: true, learningThemeIds: true })
  .extend({
    moderation: caseFindingSchema.shape.moderation.unwrap().pick({ overallGrade: true, domainGrades: true }).optional(),
  });

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

  /**
   * Notes that someone acted on the finding's safeguarding alert. Added only if that very entry is not there
   * ($addToSet): the entry's time comes from the step claimed first, so a repeat adds nothing.
   */
  async saveActedOn(id: string, acted: { personId: string; at: Date }): Promise<void> {
    const current = await this.collection.findById(id);
    if (!current) return;
    const actedOn = current.safeguardingConcern.actedOn ?? [];
    this.collection.validate({
      ...current,
      safeguardingConcern: { ...current.safeguardingConcern, actedOn: [...actedOn, acted] },
    });
    await this.collection[driver].updateOne({ _id: id }, { $addToSet: { 'safeguardingConcern.actedOn': acted } });
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

  /**
   * The grades and learning themes of the findings of these Challenge Days, for performance figures: one read
   * serves both sections, and no case detail or text is read.
   */
  async gradesForDays(challengeDayIds: readonly string[]): Promise<FindingFacts[]> {
    const found = await this.collection[driver]
      .find(
        { challengeDayId: { $in: [...challengeDayIds] } },
        {
          projection: {
            _id: 0,
            challengeDayId: 1,
            districtId: 1,
            overallGrade: 1,
            learningThemeIds: 1,
            'domains.voice_of_child.grade': 1,
            'domains.management_oversight.grade': 1,
            'domains.assessment_and_plan.grade': 1,
            'domains.risk_and_safety.grade': 1,
            'domains.timeliness.grade': 1,
            'moderation.overallGrade': 1,
            'moderation.domainGrades': 1,
          },
        },
      )
      .toArray();
    return found.map((document) => findingFactsSchema.parse(document));
  }
}
