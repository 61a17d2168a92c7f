import { displayDateTime } from '../../cards/display-time.js';
import { planChallengeDay } from '../../domain/challenge-day/plan-challenge-day.js';
import { editPlannedDay } from '../../domain/challenge-day/edit-planned-day.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import { receipt } from '../present/message-cards.js';
import type { VerbHandler } from './verb-handler.js';

/** The QA manager's plan form, submitted: the day is planned and its 48-hour notice scheduled. */
export const planSubmitted: VerbHandler<'plan.submit'> = async (
  deps,
  { actor, person, submission, commandId, now },
) => {
  const { focusAreaPositions, ...plan } = submission;
  const focusAreas = focusAreaPositions.map(
    (position) => deps.servicePriorities[position - 1] ?? `priority ${position}`,
  );
  const planned = await planChallengeDay(
    {
      findDistrict: (id) => deps.stores.districts.findById(id),
      createChallengeDay: (day) => deps.stores.challengeDays.create(day),
      schedule: (work) => deps.stores.scheduledWork.schedule(work),
    },
    { ...plan, focusAreas },
    { actor, commandId, now, servicePriorities: deps.servicePriorities },
  );
  if (!planned.ok) throw planned.error;
  const { day, noticeAt, shortNotice } = planned.value;
  const district = await deps.stores.districts.findById(day.districtId);
  if (!district) throw new DomainError('not_found', 'That district was not found.');
  return receipt(
    `Challenge Day planned: ${district.name} and ${day.matLocality}`,
    person.displayName,
    now,
    [
      { title: 'Starts', value: displayDateTime(day.startsAt) },
      { title: 'Sites', value: `${day.sites.district}; ${day.sites.mat}` },
      { title: 'Focus', value: day.focusAreas.join('; ') },
      { title: '48-hour notice', value: shortNotice ? 'Now (less than 48 hours ahead)' : displayDateTime(noticeAt) },
    ],
    'The notice goes to the district’s and the MAT locality’s linked channels and to everyone named.',
  );
};

/** The plan form of an existing day, saved: the day changes and every notice already posted shows it. */
export const planUpdated: VerbHandler<'plan.update'> = async (
  deps,
  { actor, person, context, submission, commandId, now },
) => {
  const { focusAreaPositions, ...plan } = submission;
  const focusAreas = focusAreaPositions.map(
    (position) => deps.servicePriorities[position - 1] ?? `priority ${position}`,
  );
  const edited = await editPlannedDay(
    {
      challengeDays: deps.stores.challengeDays,
      rescheduleNotice: (id, dueAt) => deps.stores.scheduledWork.reschedule(`notice:${id}`, dueAt),
    },
    context.challengeDayId,
    { ...plan, focusAreas },
    { actor, commandId, now, servicePriorities: deps.servicePriorities },
  );
  if (!edited.ok) throw edited.error;
  const day = edited.value;
  await deps.refreshDelivered(`notice:${day._id}`, { kind: 'challenge_day_notice', challengeDayId: day._id });
  return receipt(
    'Challenge Day changed',
    person.displayName,
    now,
    [
      { title: 'Starts', value: displayDateTime(day.startsAt) },
      { title: 'Sites', value: `${day.sites.district}; ${day.sites.mat}` },
      { title: 'Focus', value: day.focusAreas.join('; ') },
    ],
    'Notices already posted now show the change.',
  );
};
