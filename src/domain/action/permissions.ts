import { hasRole, worksInDistrict, type Actor } from '../people/actor.js';
import { MANAGER_ROLES } from '../people/roles.js';
import type { Action } from './action.js';

export function ownsAction(actor: Actor, action: Action): boolean {
  return actor.id === action.ownerId;
}

/** A manager of the action plan for the action's district (QA managers manage every district's). */
export function managesAction(actor: Actor, action: Action): boolean {
  return hasRole(actor, ...MANAGER_ROLES) && worksInDistrict(actor, action.districtId);
}
