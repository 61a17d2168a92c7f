import { DateTime } from 'luxon';
import type { FormState } from '../../cards/card-data.js';
import { CARD_LIMITS } from '../../cards/card-limits.js';
import { renderCard } from '../../cards/render-card.js';
import { priorityChoices } from '../../cards/vocabulary.js';
import type { ChallengeDay } from '../../domain/challenge-day/challenge-day.js';
import type { District } from '../../domain/districts/district.js';
import { mayPlanChallengeDays } from '../../domain/challenge-day/permissions.js';
import { ATTENDEE_SCOPE, AUDITOR_SCOPE } from '../../domain/people/people-pickers.js';
import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { idsInValue, peoplePickerData } from '../people-pickers/picker-data.js';
import { succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { SERVICE_TIME_ZONE } from '../../domain/shared/london-time.js';
import type { InteractionDeps } from '../interaction-deps.js';
import type { Reply } from '../reply.js';
import type { FormRecordIds } from '../verbs/card-verb.js';
import { formReply } from './form-reply.js';

/**
 * The QA manager's plan form: new, or filled in with a planned day (its `challengeDayId`) to change it.
 */
export async function planForm(
  deps: InteractionDeps,
  person: Person,
  ids: FormRecordIds,
  state: FormState<string>,
): Promise<Outcome<Reply>> {
  const allowed = mayPlanChallengeDays(actorFor(person));
  if (!allowed.ok) return allowed;
  const { stores } = deps;
  const [districts, editing] = await Promise.all([
    stores.districts.active(),
    ids.challengeDayId ? stores.challengeDays.findById(ids.challengeDayId) : null,
  ]);
  const values = state.values ?? (editing ? planValuesOf(editing, deps.servicePriorities) : {});
  const [auditors, matAuditors, attendees] = await Promise.all([
    peoplePickerData(
      stores,
      { kind: 'auditors' },
      AUDITOR_SCOPE,
      idsInValue(values.auditTeamIds),
      CARD_LIMITS.planAuditorChoices,
    ),
    peoplePickerData(
      stores,
      { kind: 'auditors' },
      AUDITOR_SCOPE,
      idsInValue(values.matAuditTeamIds),
      CARD_LIMITS.planAuditorChoices,
    ),
    peoplePickerData(
      stores,
      { kind: 'attendees' },
      ATTENDEE_SCOPE,
      idsInValue(values.expectedAttendeeIds),
      CARD_LIMITS.planAttendeeChoices,
    ),
  ]);
  const card = renderCard('plan-challenge-day-form', {
    challengeDayId: editing?._id ?? '',
    ...(editing && !state.values ? { values } : {}),
    ...state,
    // A day already planned in a district since retired still shows its district, so it can be changed.
    districts: [...districts, ...(editing ? await retiredDistrictOf(deps, editing, districts) : [])].map(
      (district) => ({
        title: `${district.name} (${district.matLocality})`,
        value: district._id,
      }),
    ),
    priorities: priorityChoices(deps.servicePriorities),
    auditors,
    matAuditors,
    attendees,
  });
  return succeed(formReply(card, 'Plan a Challenge Day', state));
}

/** A planned day as the plan form's inputs read it, to change it. */
function planValuesOf(day: ChallengeDay, priorities: readonly string[]): Record<string, string> {
  const london = DateTime.fromJSDate(day.startsAt, { zone: SERVICE_TIME_ZONE });
  return {
    districtId: day.districtId,
    date: london.toISODate() ?? '',
    startTime: london.toFormat('HH:mm'),
    districtSite: day.sites.district,
    matSite: day.sites.mat,
    focusAreas: day.focusAreas
      .map((area) => String(priorities.indexOf(area) + 1))
      .filter((position) => position !== '0')
      .join(','),
    intelligence: day.intelligence.join(','),
    intelligenceNotes: day.intelligenceNotes ?? '',
    auditTeamIds: day.auditTeamIds.join(','),
    matAuditTeamIds: (day.matAuditTeamIds ?? []).join(','),
    expectedAttendeeIds: day.expectedAttendeeIds.join(','),
  };
}

/** The district of a day being changed, when it is no longer among those in use. */
async function retiredDistrictOf(
  deps: InteractionDeps,
  day: ChallengeDay,
  active: readonly District[],
): Promise<District[]> {
  if (active.some((district) => district._id === day.districtId)) return [];
  const district = await deps.stores.districts.findById(day.districtId);
  return district ? [district] : [];
}
