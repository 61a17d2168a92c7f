import type { Actor } from '../domain/people/actor.js';

/**
 * Who imports a case list from the command line (`npm run import:cases`). Whoever can run a command on the
 * bot's server administers it, so it keeps the districts' case lists as a QA manager does; it is a system
 * actor, not a person, and its id says in the audit trail where the list came from.
 */
export const CASES_IMPORT_COMMAND_ACTOR: Actor = {
  id: 'system:import-cases-command',
  roles: ['qa_manager'],
  districtIds: [],
  isSystem: true,
};
