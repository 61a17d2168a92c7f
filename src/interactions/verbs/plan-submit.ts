import { displayDateTime } from '../../cards/display-time.js';
import { planChallengeDay } from '../../domain/challenge-day/plan-challenge-day.js';
import { mayPlanChallengeDays } from '../../domain/challenge-day/permissions.js';
import { planChallengeDaySubmissionSchema } from '../../domain/forms/plan-challenge-day.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { noticeDeliveries } from '../../domain/notice/announce-challenge-day.js';
import { challengeDayPlannedEvent } from '../../domain/webhooks/webhook-events.js';
import { unreachableDeliveries } from '../../outbox/queue-deliveries.js';
import { receipt } from '../present/message-cards.js';
import { auditTeamFacts } from '../present/audit-team-facts.js';
import { reachNote } from '../present/reach-note.js';
import { planForm } from '../present/plan-form.js';
import { defineVerb } from './card-verb.js';
import { plannedPeopleAllowed } from './planned-people.js';
import { prioritiesAt } from './priorities-at.js';
import { noContext } from './verb-contexts.js';

/** The QA manager's plan form, submitted: the day is planned and its 48-hour notice scheduled. */
export const planSubmitVerb = defineVerb({
  name: 'plan.submit',
  context: noContext,
  submission: planChallengeDaySubmissionSchema,
  form: planForm,
  mayUse: mayPlanChallengeDays,
  async handle(deps, { actor, person, submission, commandId, now }) {
    const { focusAreaPositions, ...plan } = submission;
    const chosen = await plannedPeopleAllowed(deps.stores, plan);
    if (!chosen.ok) return chosen;
    const planned = await planChallengeDay(
      {
        findDistrict: (id) => deps.stores.districts.findById(id),
        createChallengeDay: (day) => deps.stores.challengeDays.create(day),
        schedule: (work) => deps.stores.scheduledWork.schedule(work),
      },
      { ...plan, focusAreas: prioritiesAt(deps.servicePriorities, focusAreaPositions) },
      { actor, commandId, now, servicePriorities: deps.servicePriorities },
    );
    if (!planned.ok) return planned;
    const { day, noticeAt, shortNotice } = planned.value;
    const district = await deps.stores.districts.findById(day.districtId);
    if (!district) return refuse('not_found', 'That district was not found.');
    await deps.announce(day.districtId, () => challengeDayPlannedEvent(day, district, now));
    const notice = noticeDeliveries(day);
    const unreachable = await unreachableDeliveries(deps.stores, notice, now);
    const missed = await reachNote(
      deps.stores,
      notice,
      { unreachable },
      {
        reached: null,
        missed: 'The notice cannot reach',
        otherwise: 'tell them directly',
      },
    );
    return succeed(
      receipt(
        `Challenge Day planned: ${district.name} and ${day.matLocality}`,
        person.displayName,
        now,
        [
          { title: 'Starts', value: displayDateTime(day.startsAt) },
          { title: 'Sites', value: `${day.sites.district}; ${day.sites.mat}` },
          { title: 'Focus', value: day.focusAreas.join('; ') },
          ...(await auditTeamFacts(deps.stores, day)),
          {
            title: '48-hour notice',
            value: shortNotice ? 'Now (less than 48 hours ahead)' : displayDateTime(noticeAt),
          },
        ],
        `The notice goes to the district’s and the MAT locality’s linked channels and to everyone named. ${missed}`.trim(),
      ),
    );
  },
});
