import type { ObservedVisit } from '../capture/observed-visit.js';
import type { CaseFinding } from '../case-finding/case-finding.js';
import { hasMatAuditTeam } from '../challenge-day/audit-site-of.js';
import { AUDIT_SITES, auditTeamOn, type AuditSite, type ChallengeDay } from '../challenge-day/challenge-day.js';

/** One site's part of a Challenge Day: its audit team and what was recorded for it. */
export interface SiteRecords {
  readonly site: AuditSite;
  readonly auditorIds: readonly string[];
  readonly findings: readonly CaseFinding[];
  readonly visits: readonly ObservedVisit[];
}

/**
 * A day's findings and visit notes, site by site, for a report with a District and a MAT section; none for a
 * day audited on one site only (one team, nothing recorded for the MAT), whose report reads as it always has.
 * Records from before sites were kept are the district's.
 */
export function recordsBySite(
  day: Pick<ChallengeDay, 'auditTeamIds' | 'matAuditTeamIds'>,
  findings: readonly CaseFinding[],
  visits: readonly ObservedVisit[],
): SiteRecords[] {
  const siteOf = (record: { readonly site?: AuditSite }) => record.site ?? 'district';
  const anyAtMat = [...findings, ...visits].some((record) => siteOf(record) === 'mat');
  if (!hasMatAuditTeam(day) && !anyAtMat) return [];
  return AUDIT_SITES.map((site) => ({
    site,
    auditorIds: auditTeamOn(day, site),
    findings: findings.filter((finding) => siteOf(finding) === site),
    visits: visits.filter((visit) => siteOf(visit) === site),
  }));
}
