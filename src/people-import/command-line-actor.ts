import type { Actor } from '../domain/people/actor.js';

/**
 * Who imports people from the command line (`npm run import:people`). Whoever can run a command on the
 * bot's server administers it, so it manages everyone, as a QA manager does; it is a system actor, not a
 * person, and its id says in the audit trail where the change came from.
 */
export const PEOPLE_IMPORT_COMMAND_ACTOR: Actor = {
  id: 'system:import-people-command',
  roles: ['qa_manager'],
  districtIds: [],
  isSystem: true,
};
