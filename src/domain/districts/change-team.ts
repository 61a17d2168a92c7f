import type { AuditEvent } from '../audit/audit-event.js';
import { recordChangeAudit } from '../audit/record-change-audit.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { refuseTeamDetails, teamDetailsProblem, type TeamDetails } from './add-team.js';
import type { District } from './district.js';
import { mayChangeTeams } from './permissions.js';
import type { Team } from './team.js';

export type ChangeContext = { readonly actor: Actor; readonly commandId: string; readonly now: Date };

/**
 * Renames a team, gives it another manager or moves it to the other site (district or MAT locality). People whose record names the team by its old name keep that
 * name (Person.teamName is their own field), as do case samples already drawn.
 */
export function changeTeam(
  team: Team,
  details: TeamDetails,
  district: District,
  teams: readonly Team[],
  context: ChangeContext,
): Outcome<{ team: Team; audit: AuditEvent }> {
  const allowed = mayChangeTeams(context.actor);
  if (!allowed.ok) return allowed;
  if (team.retiredAt) return refuse('invalid_transition', `${team.name} is retired, so it cannot be changed.`);
  const problem = teamDetailsProblem(details, district, teams, team._id);
  if (problem) return refuseTeamDetails(problem);
  if (!details.manager) return refuse('invalid_input', 'Choose the team’s manager.');
  const changed: Team = { ...team, name: details.name, managerId: details.manager._id, ...siteChange(team, details) };
  return succeed({
    team: changed,
    audit: recordChangeAudit('team', team, changed, { transition: 'change', ...context, at: context.now }),
  });
}

/**
 * The site a change sets: none when the form says what the team already reads as (a team given no site is
 * the district's), so a rename does not record a site change nobody made.
 */
function siteChange(team: Team, details: TeamDetails): Pick<Team, 'site'> {
  if (!details.site || details.site === (team.site ?? 'district')) return {};
  return { site: details.site };
}
