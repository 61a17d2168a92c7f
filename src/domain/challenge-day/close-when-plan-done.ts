import type { Action } from '../action/action.js';
import { SYSTEM_ACTOR } from '../people/actor.js';
import type { TransitionRecords } from '../shared/records.js';
import type { ChallengeDay } from './challenge-day.js';
import { transitionChallengeDay } from './lifecycle.js';

/**
 * Learn – Challenge – Change – Renew: once every action of a circulated report is verified as done, the
 * Challenge Day's cycle is complete and the day is closed. Returns whether it closed the day now.
 */
export async function closeWhenPlanDone(
  days: TransitionRecords<ChallengeDay>,
  actionsOfDay: (challengeDayId: string) => Promise<Action[]>,
  challengeDayId: string,
  now: Date,
): Promise<boolean> {
  const day = await days.findById(challengeDayId);
  if (!day || day.status !== 'circulated') return false;
  const actions = await actionsOfDay(challengeDayId);
  if (actions.length === 0 || actions.some((action) => action.status !== 'verified')) return false;
  const closed = transitionChallengeDay(day, 'close', { actor: SYSTEM_ACTOR, commandId: `close:${day._id}`, now });
  if (!closed.ok) return false;
  return (await days.saveTransition(day, closed.value)).kind === 'saved';
}
