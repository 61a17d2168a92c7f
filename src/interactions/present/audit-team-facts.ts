import type { Fact } from '../../cards/card-data.js';
import { auditTeamLabel, hasMatAuditTeam } from '../../domain/challenge-day/audit-site-of.js';
import { AUDIT_SITES, auditTeamOn, type ChallengeDay } from '../../domain/challenge-day/challenge-day.js';
import type { Stores } from '../../store/stores.js';
import { peopleNames } from './people-names.js';

/** On a day with two audit teams, who is on each, by name; nothing for a day with one team. */
export async function auditTeamFacts(stores: Pick<Stores, 'people'>, day: ChallengeDay): Promise<Fact[]> {
  if (!hasMatAuditTeam(day)) return [];
  const names = await peopleNames(stores, [...day.auditTeamIds, ...(day.matAuditTeamIds ?? [])]);
  return AUDIT_SITES.map((site) => ({
    title: auditTeamLabel(site),
    value:
      auditTeamOn(day, site)
        .map((id) => names.get(id) ?? id)
        .join(', ') || 'Nobody yet',
  }));
}
