import { hasRole, type Actor } from '../people/actor.js';
import { allowedIf, anyRegisteredPerson, QA_MANAGERS_HELP, type Permission } from '../shared/permission.js';

/*
 * The county's districts, MAT localities and case-holding teams are the QA managers' to keep: they plan the
 * Challenge Days the districts are audited by. Anyone registered may read the lists, which hold only names.
 */

const onlyQaManager = (actor: Actor, what: string): Permission =>
  allowedIf(hasRole(actor, 'qa_manager'), `Only a QA manager can ${what}.`, QA_MANAGERS_HELP);

export const mayAddDistricts = (actor: Actor): Permission => onlyQaManager(actor, 'add a district');
export const mayChangeDistricts = (actor: Actor): Permission => onlyQaManager(actor, 'change a district');
export const mayRetireDistricts = (actor: Actor): Permission => onlyQaManager(actor, 'retire a district');
export const mayAddTeams = (actor: Actor): Permission => onlyQaManager(actor, 'add a team');
export const mayChangeTeams = (actor: Actor): Permission => onlyQaManager(actor, 'change a team');
export const mayRetireTeams = (actor: Actor): Permission => onlyQaManager(actor, 'retire a team');

/** The lists of districts and of a district's teams: names, localities and managers, for anyone registered. */
export const maySeeDistricts = anyRegisteredPerson;

/** Whether the lists show their add, change and retire buttons to this person. */
export function managesDistricts(actor: Actor): boolean {
  return mayAddDistricts(actor).ok;
}
