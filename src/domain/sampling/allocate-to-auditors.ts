import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { AuditSite } from '../challenge-day/challenge-day.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { CaseOnList } from './case-list.js';
import { shuffled } from './seeded-random.js';

export interface Auditor {
  readonly id: string;
  /** Their own team, whose cases they must not audit. */
  readonly teamName?: string;
}

export interface AuditTeams {
  /** The district audit team: every case when the day has no MAT audit team. */
  readonly district: readonly Auditor[];
  /** The MAT audit team, for the cases of MAT-site teams; absent or empty when the day has one audit team. */
  readonly mat?: readonly Auditor[];
}

export interface SitedCase extends CaseOnList {
  /** Where the case's team works; absent is the district. */
  readonly site?: AuditSite;
}

export interface AllocatedCase extends CaseOnList {
  readonly auditorId: string;
  /** The site of the case's team (its report section), whichever audit team audits it. */
  readonly site: AuditSite;
}

const SITE_TEAM_NAMES: Record<AuditSite, string> = { district: 'district audit team', mat: 'MAT audit team' };

/**
 * Gives each case to an auditor of its own site's audit team (MAT-site teams' cases to the MAT audit team, the
 * others to the district audit team; everything to the district team on a day with one team), never to an
 * auditor from the case's own team, the auditor with the fewest cases so far first. Ties go by a seeded shuffle
 * of the auditors, so the allocation is as reproducible as the draw.
 */
export function allocateToAuditors(
  cases: readonly SitedCase[],
  teams: AuditTeams,
  random: RandomGenerator,
): Outcome<AllocatedCase[]> {
  const twoTeams = (teams.mat?.length ?? 0) > 0;
  const siteOf = (entry: SitedCase): AuditSite => (twoTeams && entry.site === 'mat' ? 'mat' : 'district');
  const inOrder = (auditors: readonly Auditor[]) =>
    shuffled(
      [...auditors].sort((a, b) => a.id.localeCompare(b.id)),
      random,
    );
  const bySite: Record<AuditSite, Auditor[]> = { district: inOrder(teams.district), mat: inOrder(teams.mat ?? []) };
  for (const site of ['district', 'mat'] as const) {
    const siteCases = cases.filter((entry) => siteOf(entry) === site);
    if (siteCases.length > 0 && bySite[site].length === 0) {
      return refuse(
        'invalid_input',
        site === 'district' && !twoTeams
          ? 'Add the auditors to the Challenge Day’s audit team first.'
          : `The ${SITE_TEAM_NAMES[site]} has no auditors, but ${siteCases.length} of the sampled cases are ${site === 'mat' ? 'MAT' : 'district'} cases (${[...new Set(siteCases.map((entry) => entry.teamName))].join(', ')}). Add auditors to the ${SITE_TEAM_NAMES[site]} in the day’s plan.`,
      );
    }
  }
  const load = new Map<string, number>();
  const allocated: AllocatedCase[] = [];
  for (const entry of cases) {
    const site = siteOf(entry);
    const candidates = bySite[site].filter((auditor) => auditor.teamName !== entry.teamName);
    const auditor = candidates.sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0))[0];
    if (!auditor) {
      return refuse(
        'invalid_input',
        `Every auditor${twoTeams ? ` of the ${SITE_TEAM_NAMES[site]}` : ''} is from ${entry.teamName}, so nobody can audit its case ${entry.caseReference}. Add an auditor from another team.`,
      );
    }
    load.set(auditor.id, (load.get(auditor.id) ?? 0) + 1);
    allocated.push({ ...entry, auditorId: auditor.id, site: entry.site ?? 'district' });
  }
  return succeed(allocated);
}
