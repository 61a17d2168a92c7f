import { FOCUS_GROUP_KIND_LABELS } from '../../domain/capture/focus-groups.js';
import { submitFocusGroupFeedback } from '../../domain/capture/submit-capture.js';
import { focusGroupSubmissionSchema } from '../../domain/forms/focus-group.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { anyRegisteredPerson } from '../../domain/shared/permission.js';
import { focusGroupForm } from '../present/day-forms.js';
import { receipt } from '../present/message-cards.js';
import { themeReceipt } from '../present/theme-receipt.js';
import { capturePorts } from './capture-ports.js';
import { chosenThemesAllowed } from './chosen-themes-check.js';
import { defineVerb } from './card-verb.js';
import { prioritiesAt } from './priorities-at.js';
import { challengeDayContext } from './verb-contexts.js';

/** A senior manager's notes of a focus group, with the service priorities it touched on. */
export const focusGroupSubmitVerb = defineVerb({
  name: 'focusGroup.submit',
  context: challengeDayContext,
  submission: focusGroupSubmissionSchema,
  form: focusGroupForm,
  // Whether they may record on this day is the domain command's check: it knows the day and its people.
  mayUse: anyRegisteredPerson,
  async handle(deps, { actor, person, context, submission, commandId, now }) {
    const { themePositions, ...answers } = submission;
    const chosen = await chosenThemesAllowed(deps.stores, answers.learningThemeIds);
    if (!chosen.ok) return chosen;
    const saved = await submitFocusGroupFeedback(
      capturePorts(deps),
      context.challengeDayId,
      { ...answers, themes: prioritiesAt(deps.servicePriorities, themePositions) },
      { actor, commandId, now },
    );
    if (!saved.ok) return saved;
    const { feedback } = saved.value;
    const learning = themeReceipt(chosen.value.themes, feedback.learningThemeIds ?? [], [
      feedback.working,
      feedback.worries,
      feedback.ideas,
    ]);
    return succeed(
      receipt(
        'Focus-group feedback saved',
        person.displayName,
        feedback.submittedAt,
        [
          { title: 'Group', value: FOCUS_GROUP_KIND_LABELS[feedback.group] },
          { title: 'Attending', value: String(feedback.attendeeCount) },
          { title: 'Themes', value: feedback.themes.join('; ') || 'None chosen' },
          learning.fact,
        ],
        learning.suggestion,
      ),
    );
  },
});
