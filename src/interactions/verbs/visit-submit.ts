import { submitObservedVisit } from '../../domain/capture/submit-capture.js';
import { observedVisitSubmissionSchema } from '../../domain/forms/observed-visit.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { anyRegisteredPerson } from '../../domain/shared/permission.js';
import { observedVisitForm } from '../present/day-forms.js';
import { receipt } from '../present/message-cards.js';
import { themeReceipt } from '../present/theme-receipt.js';
import { capturePorts } from './capture-ports.js';
import { chosenThemesAllowed } from './chosen-themes-check.js';
import { defineVerb } from './card-verb.js';
import { challengeDayContext } from './verb-contexts.js';

/** A senior manager's notes of a visit they went on with a worker. */
export const visitSubmitVerb = defineVerb({
  name: 'visit.submit',
  context: challengeDayContext,
  submission: observedVisitSubmissionSchema,
  form: observedVisitForm,
  // Whether they may record on this day is the domain command's check: it knows the day and its people.
  mayUse: anyRegisteredPerson,
  async handle(deps, { actor, person, context, submission, commandId, now }) {
    const chosen = await chosenThemesAllowed(deps.stores, submission.learningThemeIds);
    if (!chosen.ok) return chosen;
    const saved = await submitObservedVisit(capturePorts(deps), context.challengeDayId, submission, {
      actor,
      commandId,
      now,
    });
    if (!saved.ok) return saved;
    const { visit } = saved.value;
    const learning = themeReceipt(chosen.value.themes, visit.learningThemeIds ?? [], [
      visit.observed,
      visit.feedbackGiven,
      visit.learning,
    ]);
    return succeed(
      receipt(
        'Observed visit saved',
        person.displayName,
        visit.submittedAt,
        [{ title: 'Worker', value: visit.workerReference }, learning.fact],
        learning.suggestion,
      ),
    );
  },
});
