import type { AuditEvent } from '../audit/audit-event.js';
import { recordChangeAudit } from '../audit/record-change-audit.js';
import type { AuditSite } from '../challenge-day/challenge-day.js';
import type { Actor } from '../people/actor.js';
import type { Person } from '../people/person.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { District } from './district.js';
import { nameKey } from './district-names.js';
import { mayAddTeams } from './permissions.js';
import type { Team } from './team.js';

/** What a QA manager writes about a team on its form. */
export interface TeamDetails {
  readonly name: string;
  readonly manager: Person | null;
  /** Where it works from; absent on a form sent before teams had a site (a new team: the district). */
  readonly site?: AuditSite;
}

/** What is wrong with a team's details, and which input of its form to show it beside. */
export interface TeamProblem {
  readonly input: 'name' | 'managerId' | 'form';
  readonly message: string;
}

/** A refusal of a team's details, carrying the message by input for the form. */
export function refuseTeamDetails<T>(problem: TeamProblem): Outcome<T> {
  return refuse('invalid_input', problem.message, { [problem.input]: problem.message });
}

/**
 * Why a team cannot have these details in this district: a retired district takes no new teams, the name
 * must differ (ignoring case) from the district's other teams still in use, and the manager must be one of
 * the district's people who has not left. Null when they are fine.
 */
export function teamDetailsProblem(
  details: TeamDetails,
  district: District,
  teams: readonly Team[],
  exceptId?: string,
): TeamProblem | null {
  if (district.retiredAt) {
    return { input: 'form', message: `${district.name} is retired, so its teams cannot be added or changed.` };
  }
  const same = teams.find(
    (team) => team._id !== exceptId && !team.retiredAt && nameKey(team.name) === nameKey(details.name),
  );
  if (same) {
    return {
      input: 'name',
      message: `${district.name} already has a team called ${same.name}: team names must differ, ignoring case.`,
    };
  }
  const { manager } = details;
  if (!manager || manager.leftAt || !manager.districtIds.includes(district._id)) {
    return {
      input: 'managerId',
      message: `Choose the team’s manager from the list: one of ${district.name}’s people.`,
    };
  }
  return null;
}

/** A new case-holding team of a district, with its manager. */
export function addTeam(
  details: TeamDetails,
  district: District,
  teams: readonly Team[],
  context: { readonly actor: Actor; readonly id: string; readonly commandId: string; readonly now: Date },
): Outcome<{ team: Team; audit: AuditEvent }> {
  const allowed = mayAddTeams(context.actor);
  if (!allowed.ok) return allowed;
  const problem = teamDetailsProblem(details, district, teams);
  if (problem) return refuseTeamDetails(problem);
  if (!details.manager) return refuse('invalid_input', 'Choose the team’s manager.');
  const team: Team = {
    _id: context.id,
    name: details.name,
    districtId: district._id,
    managerId: details.manager._id,
    site: details.site ?? 'district',
  };
  return succeed({
    team,
    audit: recordChangeAudit('team', null, team, { transition: 'add', ...context, at: context.now }),
  });
}
