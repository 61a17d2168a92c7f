import { chasingHorizon, chasingWorkFor, type ChasingRules } from '../domain/scheduling/chase-actions.js';
import { londonCalendarDate } from '../domain/shared/london-time.js';
import type { Stores } from '../store/stores.js';
import type { WorkHandler } from './due-work-runner.js';

/**
 * The day's look over the action plan: every outstanding action that needs a reminder or an escalation by
 * today gets it scheduled, under an id per action and due date, so however often this runs each goes once.
 */
export function chaseActionsWhenDue(
  stores: Pick<Stores, 'actions' | 'scheduledWork'>,
  rules: ChasingRules,
): WorkHandler<'chasing'> {
  return async (_work, now) => {
    const today = londonCalendarDate(now);
    const actions = await stores.actions.outstandingDueBy(chasingHorizon(today, rules));
    await stores.scheduledWork.scheduleMissing(actions.flatMap((action) => chasingWorkFor(action, rules, today)));
  };
}
