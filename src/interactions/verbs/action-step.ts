import type { z } from 'zod/v4';
import { actOnAction } from '../../domain/action/act-on-action.js';
import type { ActionCommand } from '../../domain/action/lifecycle.js';
import { closeWhenPlanDone } from '../../domain/challenge-day/close-when-plan-done.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { anyRegisteredPerson } from '../../domain/shared/permission.js';
import { makesATurn, whoseTurnAfter } from '../../domain/action/whose-turn.js';
import { actionEvent } from '../../domain/webhooks/webhook-events.js';
import { actionCard } from '../present/action-card.js';
import { actionPeople } from './action-people.js';
import { defineVerb, type CardVerbModule, type FormRenderer } from './card-verb.js';
import { actionContext } from './verb-contexts.js';

/**
 * A verb that takes one step on an action (domain/action/lifecycle.ts decides who may take which step).
 * The card is then replaced for everyone by the action as it now stands, so the same button cannot be
 * pressed twice by accident; the last action of a day's plan verified closes the day.
 */
export function actionStepVerb<Name extends string, Submission extends z.ZodType>(step: {
  readonly name: Name;
  readonly submission: Submission;
  readonly form: FormRenderer | null;
  readonly command: (submission: z.output<Submission>) => ActionCommand;
}): CardVerbModule<Name, typeof actionContext, Submission> {
  return defineVerb({
    name: step.name,
    context: actionContext,
    submission: step.submission,
    form: step.form,
    mayUse: anyRegisteredPerson,
    async handle(deps, { actor, context, submission, commandId, now }) {
      const command = step.command(submission);
      const done = await actOnAction(deps.stores.actions, context.actionId, command, {
        actor,
        commandId,
        now,
      });
      if (!done.ok) return done;
      const { action } = done.value;
      // The people are read only for a step that hands the action to someone: not for each acknowledgement.
      if (makesATurn(command.kind)) {
        await deps.deliver(whoseTurnAfter(action, command.kind, actor.id, await actionPeople(deps.stores, action)));
      }
      // Other systems hear of a completion and a verification; the version after the step tells one from another.
      const heard =
        command.kind === 'complete' ? 'action.completed' : command.kind === 'verify' ? 'action.verified' : null;
      if (heard) {
        await deps.announce(action.districtId, (district) =>
          actionEvent(heard, action, district, String(action.version), now),
        );
      }
      // Every message about the action shows the step, wherever it was taken (its card, an answer, a turn card).
      await deps.refreshActionCopies(action._id);
      if (action.status === 'verified') {
        await closeWhenPlanDone(
          deps.stores.challengeDays,
          (id) => deps.stores.actions.forChallengeDay(id),
          action.challengeDayId,
          now,
        );
      }
      return succeed(await actionCard(deps.stores, action, actor, now, 'everyone'));
    },
  });
}
