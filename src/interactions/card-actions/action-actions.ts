import { actOnAction } from '../../domain/action/act-on-action.js';
import { closeWhenPlanDone } from '../../domain/challenge-day/close-when-plan-done.js';
import type { ActionCommand } from '../../domain/action/lifecycle.js';
import { actionCard } from '../present/action-card.js';
import type { VerbHandler, VerbRequest } from './verb-handler.js';
import type { InteractionDeps } from '../interaction-deps.js';

type ActionVerb =
  | 'action.acknowledge'
  | 'action.requestDateChange'
  | 'action.addProgress'
  | 'action.complete'
  | 'action.approveDateChange'
  | 'action.declineDateChange'
  | 'action.verify'
  | 'action.reopen';

/**
 * One step on an action card. The card is then replaced for everyone by the action as it now stands, so
 * the same button cannot be pressed twice by accident.
 */
function actionStep<Verb extends ActionVerb>(
  command: (request: VerbRequest<Verb>) => ActionCommand,
): VerbHandler<Verb> {
  return async (deps: InteractionDeps, request) => {
    const { actor, context, commandId, now } = request;
    const done = await actOnAction(deps.stores.actions, context.actionId, command(request), { actor, commandId, now });
    if (!done.ok) throw done.error;
    if (done.value.action.status === 'verified') {
      await closeWhenPlanDone(
        deps.stores.challengeDays,
        (id) => deps.stores.actions.forChallengeDay(id),
        done.value.action.challengeDayId,
        now,
      );
    }
    return actionCard(deps.stores, done.value.action, actor, now, 'everyone');
  };
}

export const actionAcknowledged = actionStep<'action.acknowledge'>(() => ({ kind: 'acknowledge' }));
export const actionDateChangeRequested = actionStep<'action.requestDateChange'>(({ submission }) => ({
  kind: 'request_date_change',
  requestedDate: submission.requestedDate,
  reason: submission.reason,
}));
export const actionProgressAdded = actionStep<'action.addProgress'>(({ submission }) => ({
  kind: 'add_progress',
  note: submission.note,
}));
export const actionCompleted = actionStep<'action.complete'>(({ submission }) => ({
  kind: 'complete',
  evidence: submission.evidence,
}));
export const actionDateChangeApproved = actionStep<'action.approveDateChange'>(() => ({ kind: 'approve_date_change' }));
export const actionDateChangeDeclined = actionStep<'action.declineDateChange'>(({ submission }) => ({
  kind: 'decline_date_change',
  reason: submission.reason,
}));
export const actionVerified = actionStep<'action.verify'>(() => ({ kind: 'verify' }));
export const actionReopened = actionStep<'action.reopen'>(({ submission }) => ({
  kind: 'reopen',
  reason: submission.reason,
}));
