import { hasRole, worksInDistrict, type Actor } from '../people/actor.js';
import { MANAGER_ROLES } from '../people/roles.js';
import { allowedIf, districtManagersHelp, ownDistrictHelp, type Permission } from '../shared/permission.js';
import type { Action } from './action.js';

export function ownsAction(actor: Actor, action: Action): boolean {
  return actor.id === action.ownerId;
}

/**
 * Whether a person may see an action at all: its owner, or anyone working in its district. To anyone else
 * it does not exist (they are told "not found"), so its wording and owner never reach them.
 */
export function maySeeAction(actor: Actor, action: Action): boolean {
  return ownsAction(actor, action) || worksInDistrict(actor, action.districtId);
}

/** A manager of the action plan for the action's district (QA managers manage every district's). */
export function managesAction(actor: Actor, action: Action): boolean {
  return hasRole(actor, ...MANAGER_ROLES) && worksInDistrict(actor, action.districtId);
}

/** A district's actions are listed to the people who work there (QA managers: every district). */
export function mayListActionsIn(actor: Actor, districtId: string): Permission {
  return allowedIf(
    worksInDistrict(actor, districtId),
    'You can see actions only for the districts you work in.',
    districtManagersHelp(districtId),
  );
}

/**
 * Whether a person oversees districts' action plans, so an overview of their work also lists their
 * districts' overdue actions, not only their own.
 */
export function seesDistrictOverdueActions(actor: Actor): boolean {
  return hasRole(actor, ...MANAGER_ROLES);
}

/**
 * Who may give actions to someone else at all: the managers of a district's action plan (QA managers,
 * senior and district managers). Which actions is decided per action by the lifecycle (managesAction).
 */
export function mayReassignActions(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, ...MANAGER_ROLES),
    'Only a district manager or senior manager of the action’s district, or a QA manager, can give an action to someone else.',
    ownDistrictHelp(actor),
  );
}

/** Who is asked about new dates at all: the managers of a district's action plan ("date requests"). */
export function mayDecideNewDates(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, ...MANAGER_ROLES),
    'Only a district’s managers decide on new dates. Your own requests show on your actions: ask “my actions”.',
    ownDistrictHelp(actor),
  );
}

/** Who is asked to decide at all, so who may ask what waits for their decision: the action plan's managers. */
export function mayAskWhatAwaitsDecision(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, ...MANAGER_ROLES),
    'Only managers are asked to decide: a district’s managers approve new dates and verify completed actions, its senior managers verify reports. Your own actions: ask “my actions”.',
    ownDistrictHelp(actor),
  );
}

/** Who holds most overdue actions is for the managers of the action plan, in the districts they manage. */
export function mayAskWhoOwnsMostOverdue(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, ...MANAGER_ROLES),
    'Only managers can see who holds the most overdue actions. Your own: ask “my overdue actions”.',
    ownDistrictHelp(actor),
  );
}
