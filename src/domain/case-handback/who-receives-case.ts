import type { Team } from '../districts/team.js';
import type { Person } from '../people/person.js';
import type { CaseHandback, StandInReason } from './case-handback.js';

/** The people who hold a case's district: whom a case's findings may go to when its team's manager cannot have them. */
export interface DistrictManagers {
  readonly districtManagers: readonly Person[];
  readonly seniorManagers: readonly Person[];
}

/**
 * Whom an audited case's findings go to: the current manager of the team holding it. When there is none —
 * the case list names no team on record, or the team's manager has no record or has left — the district's
 * managers get it instead, else its senior managers (the one who verified the report is one), and the card
 * says why: a case is never left with nobody.
 */
export function whoReceivesCase(
  team: Team | undefined,
  manager: Person | null,
  managers: DistrictManagers,
): Pick<CaseHandback, 'recipientIds' | 'standIn'> {
  if (team && manager && !manager.leftAt) return { recipientIds: [manager._id] };
  const reason: StandInReason = !team ? 'no_team' : !manager ? 'manager_unknown' : 'manager_left';
  const current = (people: readonly Person[]) => people.filter((person) => !person.leftAt).map((person) => person._id);
  const districtManagerIds = current(managers.districtManagers);
  if (districtManagerIds.length > 0)
    return { recipientIds: districtManagerIds, standIn: { reason, role: 'district_manager' } };
  return { recipientIds: current(managers.seniorManagers), standIn: { reason, role: 'senior_manager' } };
}
