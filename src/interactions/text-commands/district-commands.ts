import { readDistrictCommand, type DistrictCommand } from '../../domain/districts/read-district-command.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { districtForm } from '../present/district-form.js';
import { districtsReply } from '../present/districts-card.js';
import { teamForm } from '../present/team-form.js';
import { teamsReply } from '../present/teams-card.js';
import type { Reply } from '../reply.js';
import { chatCommand } from './chat-command.js';
import type { TextMessage } from './text-message.js';

/**
 * "districts", "add a district", "teams in Erewash", "add a team to Erewash": the county's districts and
 * teams, listed for anyone registered and added, changed or retired by a QA manager on their cards. They
 * work on an empty county too, as setting one up starts with them.
 */
export const districtCommand = chatCommand(readDistrictCommand, (deps, message, command) =>
  answerDistrictCommand(deps, message, command),
);

async function answerDistrictCommand(
  deps: InteractionDeps,
  message: TextMessage,
  command: DistrictCommand,
): Promise<Outcome<Reply>> {
  switch (command.kind) {
    case 'list_districts':
      return succeed(await districtsReply(deps.stores, message.person));
    case 'add_district':
      return districtForm(deps, message.person, {}, {});
    case 'list_teams': {
      const district = await deps.stores.districts.findById(command.districtId);
      if (!district) return refuse('not_found', 'That district was not found.');
      return succeed(await teamsReply(deps.stores, message.person, district));
    }
    case 'add_team':
      return teamForm(deps, message.person, { districtId: command.districtId }, {});
    case 'unclear':
      return refuse(
        'invalid_input',
        `${command.understood} Try ${command.suggestions.map((suggestion) => `“${suggestion}”`).join(' or ')}.`,
      );
  }
}
