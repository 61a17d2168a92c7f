import type { Action } from '../../domain/action/action.js';
import { peopleWhoMayActOn } from '../../domain/action/who-may-act.js';
import type { Stores } from '../../store/stores.js';
import { peopleOfActions } from './people-of-actions.js';

/**
 * Whose view of an answer listing actions differs, most important first: the person who asked (or, for a copy
 * fetched by someone, that viewer), then, for an answer posted where others read it, each action's owner and
 * the managers who may decide on it, in the order of the answer. In a personal chat only the asker sees it,
 * and nobody else is looked up.
 */
export async function answerViewers(
  stores: Stores,
  askerId: string | null,
  actions: readonly Action[],
  shared: boolean,
): Promise<string[]> {
  const asker = askerId ? [askerId] : [];
  if (!shared) return asker;
  // Each owner and the county's managers read once for the page, not four reads for every action on it.
  const peopleFor = peopleOfActions(stores);
  const each = await Promise.all(actions.map(async (action) => peopleWhoMayActOn(action, await peopleFor(action))));
  return [...new Set([...asker, ...each.flat()])];
}
