import type { AuditSite } from '../../domain/challenge-day/challenge-day.js';
import type { District } from '../../domain/districts/district.js';
import type { Team } from '../../domain/districts/team.js';

/** Where a site is, by name: "Chesterfield (the district)", "Chesterfield MAT (the MAT locality)". */
export function siteLabel(site: AuditSite, district: Pick<District, 'name' | 'matLocality'>): string {
  return site === 'mat' ? `${district.matLocality} (the MAT locality)` : `${district.name} (the district)`;
}

/** Where a team works from; a team given no site is the district's. */
export function teamSiteLabel(team: Pick<Team, 'site'>, district: Pick<District, 'name' | 'matLocality'>): string {
  return siteLabel(team.site ?? 'district', district);
}
