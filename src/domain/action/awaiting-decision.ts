import { hasRole, type Actor } from '../people/actor.js';
import { MANAGER_ROLES } from '../people/roles.js';
import type { Action } from './action.js';
import { allowedActionSteps } from './allowed-steps.js';
import { decidersOf, type ActionPeople } from './whose-turn.js';

/** What finding the decisions waiting for someone needs: the pending ones, and who may be asked about each. */
export interface PendingDecisionFinder {
  /**
   * Actions with a new date asked for or a completion to verify, soonest due first, at most `limit`; only in
   * these districts, or in every district when absent.
   */
  pendingDecisions(districtIds: readonly string[] | undefined, limit: number): Promise<Action[]>;
  peopleFor(action: Action): Promise<ActionPeople>;
}

/**
 * How many pending decisions are read to find a person's. A county has a few dozen at a time; this keeps a
 * backlog from making every look slow, and is far more than one person is ever asked to decide.
 */
export const PENDING_DECISIONS_READ_AT_MOST = 200;

/**
 * The date requests and completions that wait for this person's decision: those they were (or would be)
 * asked to decide when the owner took the step — their own report's, else their district's as its manager,
 * else as its senior manager (whoseTurnAfter's rule) — and that the lifecycle lets them decide now.
 */
export async function actionsAwaitingDecisionBy(
  finder: PendingDecisionFinder,
  actor: Actor,
  now: Date,
): Promise<Action[]> {
  if (!hasRole(actor, ...MANAGER_ROLES)) return [];
  const everywhere = hasRole(actor, 'qa_manager');
  const pending = await finder.pendingDecisions(
    everywhere ? undefined : actor.districtIds,
    PENDING_DECISIONS_READ_AT_MOST,
  );
  const mayDecideNow = pending.filter((action) => {
    const allowed = allowedActionSteps(action, actor, now);
    return allowed.approveDateChange || allowed.verify;
  });
  const asked = await Promise.all(
    mayDecideNow.map(async (action) => decidersOf(action, await finder.peopleFor(action)).includes(actor.id)),
  );
  return mayDecideNow.filter((_, index) => asked[index]);
}
