import { addTeam } from '../../domain/districts/add-team.js';
import type { District } from '../../domain/districts/district.js';
import { mayAddTeams } from '../../domain/districts/permissions.js';
import type { Team } from '../../domain/districts/team.js';
import { teamSubmissionSchema } from '../../domain/forms/team.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { idForCommand } from '../../domain/shared/new-id.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { receipt } from '../present/message-cards.js';
import { teamSiteLabel } from '../present/team-site-label.js';
import { teamAndDistrict, teamForm, teamFormAgain } from '../present/team-form.js';
import { defineVerb } from './card-verb.js';
import { districtContext } from './verb-contexts.js';

/** What a QA manager reads once a team is added or changed: the team, its manager and where it works from. */
export async function teamReceipt(
  deps: InteractionDeps,
  title: string,
  team: Team,
  district: District,
  by: { readonly name: string; readonly at: Date },
) {
  const manager = await deps.stores.people.findById(team.managerId);
  return receipt(title, by.name, by.at, [
    { title: 'Manager', value: manager?.displayName ?? 'Not known' },
    { title: 'Works from', value: teamSiteLabel(team, district) },
  ]);
}

const addedTitle = (team: Team, district: District) => `Team added to ${district.name}: ${team.name}`;

/**
 * The add-a-team form, submitted by a QA manager: a case-holding team of the district, with its manager from
 * the district's people. A name the district's teams already use (ignoring case) brings the form back with
 * the reason beside it, and nothing is written; the same submission delivered twice adds the team once.
 */
export const teamAddVerb = defineVerb({
  name: 'team.add',
  context: districtContext,
  submission: teamSubmissionSchema,
  form: teamForm,
  mayUse: mayAddTeams,
  async handle(deps, { actor, person, context, submission, commandId, now }) {
    const by = { name: person.displayName, at: now };
    const id = idForCommand('team', commandId);
    const found = await teamAndDistrict(deps, context);
    if (!found.ok) return found;
    const { district } = found.value;
    const already = await deps.stores.teams.findById(id);
    if (already) return succeed(await teamReceipt(deps, addedTitle(already, district), already, district, by));
    const manager = await deps.stores.people.findById(submission.managerId);
    const teams = await deps.stores.teams.inDistrict(district._id);
    const added = addTeam({ name: submission.name, manager, site: submission.site }, district, teams, {
      actor,
      id,
      commandId,
      now,
    });
    if (!added.ok) return teamFormAgain(deps, person, context, submission, added);
    await deps.stores.teams.save(added.value.team);
    await deps.stores.auditEvents.record(added.value.audit);
    return succeed(await teamReceipt(deps, addedTitle(added.value.team, district), added.value.team, district, by));
  },
});
