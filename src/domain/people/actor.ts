import type { Person } from './person.js';
import type { Role } from './roles.js';

/**
 * Whoever issues a command: a registered person, taken from the authenticated request, or the bot's
 * own clock (for the 48-hour notice and other scheduled steps).
 */
export interface Actor {
  readonly id: string;
  readonly roles: readonly Role[];
  readonly districtIds: readonly string[];
  readonly isSystem: boolean;
}

export const SYSTEM_ACTOR: Actor = { id: 'system', roles: [], districtIds: [], isSystem: true };

/** The actor a person is; also how someone an action is handed to is checked (only their roles and districts count). */
export function actorFor(person: Pick<Person, '_id' | 'roles' | 'districtIds'>): Actor {
  return { id: person._id, roles: person.roles, districtIds: person.districtIds, isSystem: false };
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}

/** QA managers work across the county; everyone else only in the districts they belong to. */
export function worksInDistrict(actor: Actor, districtId: string): boolean {
  return hasRole(actor, 'qa_manager') || actor.districtIds.includes(districtId);
}
