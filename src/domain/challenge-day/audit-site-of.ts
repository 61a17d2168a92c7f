import type { AuditSite, ChallengeDay } from './challenge-day.js';

type DayTeams = Pick<ChallengeDay, 'auditTeamIds' | 'matAuditTeamIds'>;

/** Which of the day's audit teams a person is on: the district's first, as a plan never puts anyone on both. */
export function auditSiteOf(day: DayTeams, personId: string): AuditSite | undefined {
  if (day.auditTeamIds.includes(personId)) return 'district';
  return day.matAuditTeamIds?.includes(personId) ? 'mat' : undefined;
}

/** Whether the day has a MAT audit team of its own (days planned with one team have none). */
export function hasMatAuditTeam(day: DayTeams): boolean {
  return (day.matAuditTeamIds?.length ?? 0) > 0;
}

/** "District audit team" / "MAT audit team": how a person's place on the day reads on its cards. */
export function auditTeamLabel(site: AuditSite): string {
  return site === 'mat' ? 'MAT audit team' : 'District audit team';
}
