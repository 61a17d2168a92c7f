import { displayDateTime } from '../../cards/display-time.js';
import { editPlannedDay } from '../../domain/challenge-day/edit-planned-day.js';
import { mayChangeChallengeDays } from '../../domain/challenge-day/permissions.js';
import { planChallengeDaySubmissionSchema } from '../../domain/forms/plan-challenge-day.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { receipt } from '../present/message-cards.js';
import { planForm } from '../present/plan-form.js';
import { defineVerb } from './card-verb.js';
import { plannedPeopleAllowed } from './planned-people.js';
import { prioritiesAt } from './priorities-at.js';
import { challengeDayContext } from './verb-contexts.js';

/** The plan form of an existing day, saved: the day changes and every notice already posted shows it. */
export const planUpdateVerb = defineVerb({
  name: 'plan.update',
  context: challengeDayContext,
  submission: planChallengeDaySubmissionSchema,
  form: planForm,
  mayUse: mayChangeChallengeDays,
  async handle(deps, { actor, person, context, submission, commandId, now }) {
    const { focusAreaPositions, ...plan } = submission;
    const chosen = await plannedPeopleAllowed(deps.stores, plan);
    if (!chosen.ok) return chosen;
    const edited = await editPlannedDay(
      {
        challengeDays: deps.stores.challengeDays,
        rescheduleNotice: (id, dueAt) => deps.stores.scheduledWork.reschedule(`notice:${id}`, dueAt),
      },
      context.challengeDayId,
      { ...plan, focusAreas: prioritiesAt(deps.servicePriorities, focusAreaPositions) },
      { actor, commandId, now, servicePriorities: deps.servicePriorities },
    );
    if (!edited.ok) return edited;
    const day = edited.value;
    await deps.refreshDelivered(`notice:${day._id}`, { kind: 'challenge_day_notice', challengeDayId: day._id });
    return succeed(
      receipt(
        'Challenge Day changed',
        person.displayName,
        now,
        [
          { title: 'Starts', value: displayDateTime(day.startsAt) },
          { title: 'Sites', value: `${day.sites.district}; ${day.sites.mat}` },
          { title: 'Focus', value: day.focusAreas.join('; ') },
        ],
        'Notices already posted now show the change.',
      ),
    );
  },
});
