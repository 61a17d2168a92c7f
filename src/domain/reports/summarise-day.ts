import { AUDIT_DOMAINS, type AuditDomain } from '../case-finding/audit-domains.js';
import type { CaseFinding } from '../case-finding/case-finding.js';
import { OFSTED_GRADES, OFSTED_GRADE_LABELS, type OfstedGrade } from '../case-finding/grades.js';
import type { FocusGroupFeedback } from '../capture/focus-group-feedback.js';
import type { ObservedVisit } from '../capture/observed-visit.js';
import type { Report } from './report.js';

export interface DaySummary {
  readonly findingCount: number;
  readonly safeguardingConcernCount: number;
  /** Cases per overall grade, e.g. good → 4. */
  readonly overallGrades: Readonly<Record<OfstedGrade, number>>;
  /** Per audit domain, cases per grade. */
  readonly domainGrades: Readonly<Record<AuditDomain, Readonly<Record<OfstedGrade, number>>>>;
  /** How many grades moderation changed. */
  readonly gradesMoved: number;
  readonly themes: readonly string[];
  /** What auditors found working well, and what could be better, case by case (free text as written). */
  readonly strengths: readonly CaseNote[];
  readonly areasForImprovement: readonly CaseNote[];
  /** What senior managers learnt on observed visits. */
  readonly visitLearning: readonly string[];
  readonly focusGroupCount: number;
  readonly observedVisitCount: number;
  readonly draftActions: Report['draftActions'];
}

export interface CaseNote {
  readonly caseReference: string;
  readonly text: string;
}

const noGrades = (): Record<OfstedGrade, number> => ({
  outstanding: 0,
  good: 0,
  requires_improvement: 0,
  inadequate: 0,
});

/**
 * What a Challenge Day found, for its report: grade counts per domain (a moderated grade counts instead of
 * the auditor's, and each change is counted), strengths and areas for improvement by case, the themes
 * heard in focus groups, what observed visits taught, and every recommendation as a draft action. Recommendations without a suggested owner go to `defaultOwnerId`.
 */
export function summariseDay(
  findings: readonly CaseFinding[],
  focusGroups: readonly FocusGroupFeedback[],
  visits: readonly ObservedVisit[],
  defaultOwnerId: string,
): DaySummary {
  const overallGrades = noGrades();
  const domainGrades = Object.fromEntries(AUDIT_DOMAINS.map((domain) => [domain, noGrades()])) as Record<
    AuditDomain,
    Record<OfstedGrade, number>
  >;
  let gradesMoved = 0;
  for (const finding of findings) {
    const moderated = finding.moderation;
    const overall = moderated?.overallGrade ?? finding.overallGrade;
    if (overall !== finding.overallGrade) gradesMoved += 1;
    overallGrades[overall] += 1;
    for (const domain of AUDIT_DOMAINS) {
      const grade = moderated?.domainGrades[domain] ?? finding.domains[domain].grade;
      if (grade !== finding.domains[domain].grade) gradesMoved += 1;
      domainGrades[domain][grade] += 1;
    }
  }
  const draftActions: Report['draftActions'] = findings.flatMap((finding) =>
    finding.recommendations.map((recommendation, index) => ({
      key: `${finding._id}:${index}`,
      what: recommendation.text,
      ownerId: recommendation.suggestedOwnerId ?? defaultOwnerId,
      dueDate: recommendation.dueDate,
      priority: recommendation.priority,
      source: { kind: 'case_finding' as const, id: finding._id, summary: `Case finding ${finding.caseReference}` },
    })),
  );
  return {
    findingCount: findings.length,
    safeguardingConcernCount: findings.filter((finding) => finding.safeguardingConcern.raised).length,
    overallGrades,
    domainGrades,
    gradesMoved,
    themes: [...new Set(focusGroups.flatMap((feedback) => feedback.themes))],
    strengths: caseNotes(findings, 'strengths'),
    areasForImprovement: caseNotes(findings, 'areasForImprovement'),
    visitLearning: visits.flatMap((visit) => (visit.learning ? [visit.learning] : [])),
    focusGroupCount: focusGroups.length,
    observedVisitCount: visits.length,
    draftActions: draftActions.slice(0, 200),
  };
}

function caseNotes(findings: readonly CaseFinding[], field: 'strengths' | 'areasForImprovement'): CaseNote[] {
  return findings.flatMap((finding) => {
    const text = finding[field]?.trim();
    return text ? [{ caseReference: finding.caseReference, text }] : [];
  });
}

/** "4 good, 2 requires improvement to be good" — the counts that are not zero, best grade first. */
export function gradeCountsText(counts: Readonly<Record<OfstedGrade, number>>): string {
  const parts = OFSTED_GRADES.filter((grade) => counts[grade] > 0).map(
    (grade) => `${counts[grade]} ${OFSTED_GRADE_LABELS[grade].toLowerCase()}`,
  );
  return parts.length > 0 ? parts.join(', ') : 'no findings';
}
