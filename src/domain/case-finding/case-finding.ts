import { z } from 'zod/v4';
import { AUDIT_SITES } from '../challenge-day/challenge-day.js';
import { boundedText, calendarDate, entityId } from '../shared/fields.js';
import { ACTION_PRIORITIES } from '../action/status.js';
import { AUDIT_DOMAINS, type AuditDomain } from './audit-domains.js';
import { caseReferenceSchema } from './case-reference.js';
import { OFSTED_GRADES } from './grades.js';

const grade = z.enum(OFSTED_GRADES);

const domainGrade = z.strictObject({ grade, comment: boundedText(2000).optional() });
const domainGradesSchema = z.strictObject({
  voice_of_child: domainGrade,
  management_oversight: domainGrade,
  assessment_and_plan: domainGrade,
  risk_and_safety: domainGrade,
  timeliness: domainGrade,
} satisfies Record<AuditDomain, typeof domainGrade>);

/**
 * What an auditor found in one case. Stored once per submission (submissionId is unique), so a card sent
 * twice is one finding. A moderated grade is kept beside the auditor's, never over it.
 */
export const caseFindingSchema = z.strictObject({
  _id: entityId,
  submissionId: entityId,
  challengeDayId: entityId,
  districtId: entityId,
  caseReference: caseReferenceSchema,
  auditorId: entityId,
  overallGrade: grade,
  domains: domainGradesSchema,
  strengths: boundedText(4000).optional(),
  areasForImprovement: boundedText(4000).optional(),
  safeguardingConcern: z.strictObject({
    raised: z.boolean(),
    reason: boundedText(2000).optional(),
    /** Whom the immediate alert was for, chosen when it was raised: the QA managers and the district's managers. */
    alertedIds: z.array(entityId).max(500).optional(),
    /** Those of them who have acted on it, each once, with when they said so. */
    actedOn: z
      .array(z.strictObject({ personId: entityId, at: z.date() }))
      .max(500)
      .optional(),
  }),
  recommendations: z
    .array(
      z.strictObject({
        text: boundedText(1000),
        suggestedOwnerId: entityId.optional(),
        dueDate: calendarDate,
        priority: z.enum(ACTION_PRIORITIES),
      }),
    )
    .max(10),
  /** The learning themes chosen for it (themes/theme.ts ids); records from before themes carry none. */
  learningThemeIds: z.array(entityId).max(10).optional(),
  moderation: z
    .strictObject({
      moderatorId: entityId,
      overallGrade: grade,
      domainGrades: z.partialRecord(z.enum(AUDIT_DOMAINS), grade),
      note: boundedText(2000).optional(),
      at: z.date(),
    })
    .optional(),
  /** The site the case was audited for: the district's or the MAT locality's; absent on findings from before two sites. */
  site: z.enum(AUDIT_SITES).optional(),
  submittedAt: z.date(),
});
export type CaseFinding = z.infer<typeof caseFindingSchema>;
