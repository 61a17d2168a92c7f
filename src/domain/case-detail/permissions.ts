import type { CaseFinding } from '../case-finding/case-finding.js';
import { auditorIdsOf, type ChallengeDay } from '../challenge-day/challenge-day.js';
import { hasRole, worksInDistrict, type Actor } from '../people/actor.js';
import type { Report } from '../reports/report.js';
import { allowedIf, QA_MANAGERS_HELP, type Permission } from '../shared/permission.js';

/*
 * Need to know: who sees the detail of a child's case — a finding's text and grades, the report's case by
 * case sections, the case's audit trail. Every rule about it is here, and only here; channels and
 * presenters ask these functions and never look at roles themselves. Whoever is not allowed the detail
 * still sees case references and counts.
 */

/** Where a case's records sit: what decides who needs to know their detail. */
export interface CaseScope {
  readonly districtId: string;
  /** The auditors of the Challenge Day the case was looked at on, on either site (district and MAT teams). */
  readonly auditTeamIds: readonly string[];
  /**
   * The manager of the team that holds the case, as the day's case sample names it (case-scope.ts). Absent for
   * a whole day's cases (a report), and where the sample names no team on record: the district's managers, who
   * see every case of their district, stand in.
   */
  readonly teamManagerId?: string;
}

/** The scope of the cases of one Challenge Day (its findings, its report). */
export function caseScopeOfDay(day: Pick<ChallengeDay, 'districtId' | 'auditTeamIds' | 'matAuditTeamIds'>): CaseScope {
  return { districtId: day.districtId, auditTeamIds: auditorIdsOf(day) };
}

/**
 * Police and health colleagues are on an audit team for the cases they audit, not for the service's other
 * records: unless they hold a county role too, they see only what they wrote.
 */
function isPartnerOnly(actor: Actor): boolean {
  return hasRole(actor, 'partner_agency') && !hasRole(actor, 'qa_manager', 'senior_manager', 'district_manager');
}

/**
 * QA managers; the auditors of that Challenge Day; the senior and district managers of that district; the
 * manager of the team that holds the case.
 */
export function needsCaseDetail(actor: Actor, scope: CaseScope): boolean {
  if (actor.isSystem || isPartnerOnly(actor)) return false;
  if (hasRole(actor, 'qa_manager')) return true;
  if (scope.auditTeamIds.includes(actor.id)) return true;
  if (hasRole(actor, 'senior_manager', 'district_manager') && actor.districtIds.includes(scope.districtId)) return true;
  return scope.teamManagerId !== undefined && scope.teamManagerId === actor.id;
}

/** A finding in full: to those who need to know its case, and to a partner-agency member who wrote it. */
export function mayReadFindingDetail(actor: Actor, finding: CaseFinding, scope: CaseScope): boolean {
  if (hasRole(actor, 'partner_agency') && finding.auditorId === actor.id) return true;
  return needsCaseDetail(actor, scope);
}

/**
 * That a finding exists, by case reference and counts: anyone who works in its district (a partner-agency
 * member only their own), so "not found" still hides another district's cases.
 */
export function mayKnowOfFinding(actor: Actor, finding: CaseFinding): boolean {
  if (isPartnerOnly(actor)) return finding.auditorId === actor.id;
  return worksInDistrict(actor, finding.districtId);
}

/**
 * That a case of a district was audited and handed back to its team, by reference: anyone who works in the
 * district (partner-agency members aside, who know only the findings they wrote), so "not found" still hides
 * another district's cases.
 */
export function mayKnowOfCase(actor: Actor, districtId: string): boolean {
  return !actor.isSystem && !isPartnerOnly(actor) && worksInDistrict(actor, districtId);
}

/**
 * Who may open a report at all. A draft is the QA manager's working copy; a submitted one is also for the
 * senior managers who verify it; a verified one for everyone who works in its district or audited on its day.
 * Partner-agency members are sent the findings they wrote, not the report.
 */
export function mayReadReport(
  actor: Actor,
  report: Report,
  day: Pick<ChallengeDay, 'auditTeamIds' | 'matAuditTeamIds'>,
): boolean {
  if (actor.isSystem) return false;
  if (hasRole(actor, 'qa_manager')) return true;
  if (report.status === 'draft') return false;
  if (hasRole(actor, 'senior_manager')) return true;
  if (report.status === 'submitted' || isPartnerOnly(actor)) return false;
  return worksInDistrict(actor, report.districtId) || auditorIdsOf(day).includes(actor.id);
}

/** The report's case by case sections (strengths and areas for improvement per case reference). */
export function mayReadReportCaseSections(actor: Actor, report: Report, day: ChallengeDay): boolean {
  return mayReadReport(actor, report, day) && needsCaseDetail(actor, caseScopeOfDay(day));
}

/**
 * A case's audit trail: to QA managers (for any reference, even one with no records), and to whoever needs
 * to know the case in at least one of the places it was looked at. The refusal is the same whether or not
 * the case exists.
 */
export function mayReadCaseAuditTrail(actor: Actor, scopes: readonly CaseScope[]): Permission {
  return allowedIf(
    hasRole(actor, 'qa_manager') || scopes.some((scope) => needsCaseDetail(actor, scope)),
    'A case’s audit trail is shown only to those who need to know the case: QA managers, the auditors of its Challenge Day, the senior and district managers of its district, and the manager of the team that holds it.',
    QA_MANAGERS_HELP,
  );
}
