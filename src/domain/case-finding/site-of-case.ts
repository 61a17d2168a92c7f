import { auditSiteOf } from '../challenge-day/audit-site-of.js';
import type { AuditSite, ChallengeDay } from '../challenge-day/challenge-day.js';
import { holdingTeam } from '../case-detail/case-scope.js';
import type { Team } from '../districts/team.js';

/** A sampled case as this rule reads it; samples drawn from a case list may say the site themselves. */
interface SampledCase {
  readonly caseReference: string;
  readonly teamName: string;
  readonly site?: AuditSite;
}

/** What says where a case sits: the day's sample (if one was drawn) and the district's teams. */
export interface CaseSiteRecords {
  readonly sample: { readonly districtId: string; readonly cases: readonly SampledCase[] } | null;
  readonly teams: readonly Team[];
}

/**
 * Whether the district's teams can decide a case's site (siteOfCase): only when the day's sample holds the case
 * without a site of its own. Otherwise they need not be read.
 */
export function siteTurnsOnTeams(sample: CaseSiteRecords['sample'], caseReference: string): boolean {
  const sampled = sample?.cases.find((entry) => entry.caseReference === caseReference);
  return sampled !== undefined && !sampled.site;
}

/**
 * The site a case was audited for, most certain first: the site the day's sample gives the case; else the
 * site set on the team the sample says holds it (a team given no site says nothing here, as most teams
 * were set up before sites were kept); else the audit team the auditor is on that day; else the district.
 */
export function siteOfCase(
  day: Pick<ChallengeDay, 'auditTeamIds' | 'matAuditTeamIds'>,
  caseReference: string,
  auditorId: string,
  records: CaseSiteRecords,
): AuditSite {
  const { sample, teams } = records;
  const sampled = sample?.cases.find((entry) => entry.caseReference === caseReference);
  if (sampled?.site) return sampled.site;
  const team = sample ? holdingTeam(sample, caseReference, teams) : undefined;
  if (team?.site) return team.site;
  return auditSiteOf(day, auditorId) ?? 'district';
}
