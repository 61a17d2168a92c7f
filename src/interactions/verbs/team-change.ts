import { changeTeam } from '../../domain/districts/change-team.js';
import { mayChangeTeams } from '../../domain/districts/permissions.js';
import { teamSubmissionSchema } from '../../domain/forms/team.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { teamAndDistrict, teamForm, teamFormAgain } from '../present/team-form.js';
import { defineVerb } from './card-verb.js';
import { teamReceipt } from './team-add.js';
import { teamContext } from './verb-contexts.js';

/**
 * The team form, filled in and changed by a QA manager: renamed or given another manager. People's own
 * records and case samples already drawn keep the name they hold (Person.teamName is theirs).
 */
export const teamChangeVerb = defineVerb({
  name: 'team.change',
  context: teamContext,
  submission: teamSubmissionSchema,
  form: teamForm,
  mayUse: mayChangeTeams,
  async handle(deps, { actor, person, context, submission, commandId, now }) {
    const found = await teamAndDistrict(deps, context);
    if (!found.ok) return found;
    const { team, district } = found.value;
    if (!team) return refuse('not_found', 'That team was not found.');
    const manager = await deps.stores.people.findById(submission.managerId);
    const teams = await deps.stores.teams.inDistrict(district._id);
    const changed = changeTeam(team, { name: submission.name, manager, site: submission.site }, district, teams, {
      actor,
      commandId,
      now,
    });
    if (!changed.ok) return teamFormAgain(deps, person, context, submission, changed);
    await deps.stores.teams.save(changed.value.team);
    await deps.stores.auditEvents.record(changed.value.audit);
    const title =
      team.name === changed.value.team.name
        ? `Team changed: ${team.name}`
        : `Team renamed: ${team.name} is now ${changed.value.team.name}`;
    return succeed(await teamReceipt(deps, title, changed.value.team, district, { name: person.displayName, at: now }));
  },
});
