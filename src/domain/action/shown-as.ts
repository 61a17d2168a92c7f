import type { Actor } from '../people/actor.js';
import type { Action } from './action.js';
import { maySeeAction } from './permissions.js';

/** Someone who may look at an action and take no step on it: no roles, no districts. */
export const ONLOOKER: Actor = { id: '', roles: [], districtIds: [], isSystem: false };

/**
 * Whom an action is shown as, to someone fetching their own copy of a card about it that was posted where
 * many read it: themselves when they may see it (so with the steps they may take); an onlooker with no steps
 * when they are someone else — unknown, left, from another district — looking in a conversation of the
 * action's own district, where everyone was shown it; and nobody, so it is not shown, anywhere else.
 */
export function shownAs(action: Action, viewer: Actor | null, conversationDistrictId?: string): Actor | null {
  if (viewer && maySeeAction(viewer, action)) return viewer;
  return conversationDistrictId === action.districtId ? ONLOOKER : null;
}
