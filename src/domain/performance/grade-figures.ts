import { AUDIT_DOMAINS, type AuditDomain } from '../case-finding/audit-domains.js';
import type { CaseFinding } from '../case-finding/case-finding.js';
import { OFSTED_GRADES, type OfstedGrade } from '../case-finding/grades.js';
import type { ChallengeDay } from '../challenge-day/challenge-day.js';

/**
 * What the figures read of a case finding: its grades, the moderated ones where a moderator changed them, and
 * its learning themes (so the period's findings are read once for both).
 */
export type FindingFacts = Pick<CaseFinding, 'challengeDayId' | 'districtId' | 'overallGrade' | 'learningThemeIds'> & {
  readonly domains: Readonly<Record<AuditDomain, { readonly grade: OfstedGrade }>>;
  readonly moderation?: Pick<NonNullable<CaseFinding['moderation']>, 'overallGrade' | 'domainGrades'>;
};

/** What the figures read of a Challenge Day. */
export type DayFacts = Pick<ChallengeDay, '_id' | 'districtId' | 'date'>;

export type GradeCounts = Readonly<Record<OfstedGrade, number>>;

/** How one audit domain was graded across the findings: how many cases got each grade. */
export interface DomainGrades {
  readonly domain: AuditDomain;
  readonly counts: GradeCounts;
}

/** One Challenge Day's grades: how many cases were graded, and how many were good or better in each domain. */
export interface DayGrades {
  readonly challengeDayId: string;
  readonly districtId: string;
  readonly date: Date;
  readonly cases: number;
  readonly goodOrBetter: Readonly<Record<AuditDomain | 'overall', number>>;
}

const GOOD_OR_BETTER: ReadonlySet<OfstedGrade> = new Set(['outstanding', 'good']);

/** The grade that stands: the moderator's where they changed it, else the auditor's. */
export function gradeOf(finding: FindingFacts, domain: AuditDomain | 'overall'): OfstedGrade {
  if (domain === 'overall') return finding.moderation?.overallGrade ?? finding.overallGrade;
  return finding.moderation?.domainGrades[domain] ?? finding.domains[domain].grade;
}

/** How many cases got each grade, per audit domain and overall. */
export function gradesPerDomain(findings: readonly FindingFacts[]): {
  domains: DomainGrades[];
  overall: GradeCounts;
} {
  const countsOf = (domain: AuditDomain | 'overall') => {
    const counts = Object.fromEntries(OFSTED_GRADES.map((grade) => [grade, 0])) as Record<OfstedGrade, number>;
    for (const finding of findings) counts[gradeOf(finding, domain)] += 1;
    return counts;
  };
  return {
    domains: AUDIT_DOMAINS.map((domain) => ({ domain, counts: countsOf(domain) })),
    overall: countsOf('overall'),
  };
}

/** Each Challenge Day that has findings, in date order, with how many cases were good or better per domain. */
export function gradesByDay(days: readonly DayFacts[], findings: readonly FindingFacts[]): DayGrades[] {
  const byDay = new Map<string, FindingFacts[]>();
  for (const finding of findings) {
    const ofDay = byDay.get(finding.challengeDayId);
    if (ofDay) ofDay.push(finding);
    else byDay.set(finding.challengeDayId, [finding]);
  }
  return [...days]
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a._id.localeCompare(b._id))
    .flatMap((day) => {
      const ofDay = byDay.get(day._id) ?? [];
      if (ofDay.length === 0) return [];
      const goodOrBetter = Object.fromEntries(
        [...AUDIT_DOMAINS, 'overall' as const].map((domain) => [
          domain,
          ofDay.filter((finding) => GOOD_OR_BETTER.has(gradeOf(finding, domain))).length,
        ]),
      ) as Record<AuditDomain | 'overall', number>;
      return [
        { challengeDayId: day._id, districtId: day.districtId, date: day.date, cases: ofDay.length, goodOrBetter },
      ];
    });
}

/** How many of the findings were good or better overall. */
export function goodOrBetterOverall(findings: readonly FindingFacts[]): number {
  return findings.filter((finding) => GOOD_OR_BETTER.has(gradeOf(finding, 'overall'))).length;
}
