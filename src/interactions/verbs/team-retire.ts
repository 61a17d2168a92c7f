import { mayRetireTeams } from '../../domain/districts/permissions.js';
import { retireTeam } from '../../domain/districts/retire-team.js';
import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { receipt } from '../present/message-cards.js';
import { confirmRetireTeam } from '../present/retire-confirmations.js';
import { defineVerb } from './card-verb.js';
import { teamContext } from './verb-contexts.js';

/** The QA manager confirms retiring a team: it is kept, listed apart, and audited. */
export const teamRetireVerb = defineVerb({
  name: 'team.retire',
  context: teamContext,
  submission: noInputSubmissionSchema,
  form: confirmRetireTeam,
  mayUse: mayRetireTeams,
  async handle(deps, { actor, person, context, commandId, now }) {
    const team = await deps.stores.teams.findById(context.teamId);
    if (!team) return refuse('not_found', 'That team was not found.');
    const retired = retireTeam(team, { actor, commandId, now });
    if (!retired.ok) return retired;
    await deps.stores.teams.save(retired.value.team);
    await deps.stores.auditEvents.record(retired.value.audit);
    return succeed(
      receipt(
        `Team retired: ${team.name}`,
        person.displayName,
        now,
        [],
        'It is kept and listed apart; people whose record names it keep that name.',
      ),
    );
  },
});
