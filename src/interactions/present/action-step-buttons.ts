import type { AllowedActionSteps } from '../../domain/action/allowed-steps.js';

/** A button of an action's step, as a card template draws it (with the data the older clients' fallback sends). */
export interface ActionStepButton {
  readonly title: string;
  readonly verb: string;
  readonly data: Readonly<Record<string, string>>;
  /** The same, with the verb inside: what Action.Submit sends from clients older than Universal Actions. */
  readonly submitData: Readonly<Record<string, string>>;
}

/**
 * Each step, in the order the action card shows it: steps that need words (a reason, evidence, a date)
 * open that step's form; the others act at once.
 */
const STEPS: readonly { step: keyof AllowedActionSteps; title: string; verb: string; form?: string }[] = [
  { step: 'acknowledge', title: 'Acknowledge', verb: 'action.acknowledge' },
  { step: 'addProgress', title: 'Add progress', verb: 'form.open', form: 'action.addProgress' },
  { step: 'requestDateChange', title: 'Ask for a new date', verb: 'form.open', form: 'action.requestDateChange' },
  { step: 'complete', title: 'Mark complete', verb: 'form.open', form: 'action.complete' },
  { step: 'approveDateChange', title: 'Approve new date', verb: 'action.approveDateChange' },
  { step: 'declineDateChange', title: 'Decline new date', verb: 'form.open', form: 'action.declineDateChange' },
  { step: 'verify', title: 'Verify complete', verb: 'action.verify' },
  { step: 'reopen', title: 'Reopen', verb: 'form.open', form: 'action.reopen' },
  { step: 'reassign', title: 'Reassign', verb: 'form.open', form: 'action.reassign' },
];

/** The buttons of the steps a person may take on an action, for a card that lists actions with their buttons. */
export function actionStepButtons(actionId: string, allowed: AllowedActionSteps): ActionStepButton[] {
  return STEPS.filter(({ step }) => allowed[step]).map(({ title, verb, form }) => {
    const data = { ...(form ? { form } : {}), actionId };
    return { title, verb, data, submitData: { verb, ...data } };
  });
}
