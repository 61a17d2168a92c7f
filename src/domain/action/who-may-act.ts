import { actorFor } from '../people/actor.js';
import type { Person } from '../people/person.js';
import type { Action } from './action.js';
import { managesAction } from './permissions.js';
import type { ActionPeople } from './whose-turn.js';

/**
 * Whose view of an action's card differs from everyone else's, most important first: its owner, then each
 * manager who may decide on it — the owner's own manager, the district's managers, its senior managers —
 * as whose-turn.ts and the escalations ask them. Nobody who has left is listed. A card shown in a shared
 * conversation is re-rendered for each of them with the buttons they may use; a platform that can do so
 * for only so many people keeps the first of this list.
 */
export function peopleWhoMayActOn(action: Action, people: ActionPeople): string[] {
  const decides = (person: Person) => !person.leftAt && managesAction(actorFor(person), action);
  const deciders = [
    ...(people.ownersManager ? [people.ownersManager] : []),
    ...people.districtManagers,
    ...people.seniorManagers,
  ].filter(decides);
  return [...new Set([action.ownerId, ...deciders.map((person) => person._id)])];
}
