import type { Stores } from '../../store/stores.js';

/**
 * Whom "my team" means for a person: those whose line manager they are, and the members of the current teams
 * they manage (people name their team on their record, in the team's district). Never the person themself.
 */
export async function teamMembersOf(stores: Pick<Stores, 'people' | 'teams'>, managerId: string): Promise<string[]> {
  const [reports, teams] = await Promise.all([stores.people.managedBy(managerId), stores.teams.managedBy(managerId)]);
  const members = await Promise.all(teams.map((team) => stores.people.inTeam(team.districtId, team.name)));
  const ids = new Set([...reports, ...members.flat()].map((person) => person._id));
  ids.delete(managerId);
  return [...ids];
}
