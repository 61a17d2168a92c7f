import type { District } from '../districts/district.js';
import type { Actor } from '../people/actor.js';
import type { INTELLIGENCE_SOURCES } from './service-priorities.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { calendarDateFromIso, formatLondon, londonWallTime } from '../shared/london-time.js';
import { idForCommand } from '../shared/new-id.js';
import type { ScheduledWork } from '../scheduling/scheduled-work.js';
import type { ChallengeDay } from './challenge-day.js';
import { noticeDueAt } from './notice-time.js';
import { auditTeamsApart } from './audit-teams-apart.js';
import { mayPlanChallengeDays } from './permissions.js';

/** What the QA manager gives when planning a day (already checked by the plan form's schema). */
export interface PlanChallengeDay {
  readonly districtId: string;
  /** The day in London, YYYY-MM-DD, and its start time, HH:mm. */
  readonly date: string;
  readonly startTime: string;
  readonly sites: { readonly district: string; readonly mat: string };
  readonly focusAreas: readonly string[];
  readonly intelligence: readonly (typeof INTELLIGENCE_SOURCES)[number][];
  readonly intelligenceNotes?: string;
  readonly auditTeamIds: readonly string[];
  /** The MAT audit team; absent or empty for a day audited by one team. */
  readonly matAuditTeamIds?: readonly string[];
  readonly expectedAttendeeIds: readonly string[];
}

export interface PlanningPorts {
  findDistrict(id: string): Promise<District | null>;
  createChallengeDay(day: ChallengeDay): Promise<ChallengeDay>;
  schedule(work: ScheduledWork): Promise<void>;
}

export interface PlanningContext {
  readonly actor: Actor;
  readonly commandId: string;
  readonly now: Date;
  /** The service's current priorities; a day's focus areas are chosen from these. */
  readonly servicePriorities: readonly string[];
}

/**
 * Plans a Challenge Day and schedules its 48-hour notice. Only a QA manager plans days. A day planned
 * less than 48 hours ahead still gets its notice, at once, and the planner is told it is short notice.
 */
export async function planChallengeDay(
  ports: PlanningPorts,
  plan: PlanChallengeDay,
  context: PlanningContext,
): Promise<Outcome<{ day: ChallengeDay; noticeAt: Date; shortNotice: boolean }>> {
  const allowed = mayPlanChallengeDays(context.actor);
  if (!allowed.ok) return allowed;
  const district = await ports.findDistrict(plan.districtId);
  if (!district) return refuse('invalid_input', 'Choose one of the districts in the list.');
  if (district.retiredAt) {
    return refuse('invalid_input', `${district.name} is retired: choose one of the districts in the list.`);
  }
  const apart = auditTeamsApart(plan);
  if (!apart.ok) return apart;
  const unknownFocus = plan.focusAreas.filter((area) => !context.servicePriorities.includes(area));
  if (unknownFocus.length > 0) {
    return refuse(
      'invalid_input',
      `Choose focus areas from the service priorities; not on the list: ${unknownFocus.join('; ')}.`,
    );
  }
  const startsAt = londonWallTime(plan.date, plan.startTime);
  if (startsAt.getTime() <= context.now.getTime()) {
    return refuse('invalid_input', `The day must start in the future; ${formatLondon(startsAt)} has passed.`);
  }

  const dueAt = noticeDueAt(startsAt);
  const shortNotice = dueAt.getTime() < context.now.getTime();
  const noticeAt = shortNotice ? context.now : dueAt;
  const day = await ports.createChallengeDay({
    _id: idForCommand('day', context.commandId),
    districtId: district._id,
    matLocality: district.matLocality,
    ...plannedFields(plan, startsAt),
    status: 'planned',
    plannedById: context.actor.id,
    createdAt: context.now,
    version: 1,
    history: [
      {
        commandId: context.commandId,
        transition: 'plan',
        actorId: context.actor.id,
        at: context.now,
        from: 'none',
        to: 'planned',
      },
    ],
  });
  await ports.schedule({
    _id: `notice:${day._id}`,
    kind: 'notice',
    dueAt: noticeAt,
    payload: { challengeDayId: day._id },
    status: 'pending',
    attempts: 0,
  });
  return succeed({ day, noticeAt, shortNotice });
}

/** What a plan sets on a Challenge Day, whether the day is new or being changed. */
export function plannedFields(plan: PlanChallengeDay, startsAt: Date) {
  return {
    date: calendarDateFromIso(plan.date),
    startsAt,
    sites: { ...plan.sites },
    focusAreas: [...plan.focusAreas],
    intelligence: [...plan.intelligence],
    ...(plan.intelligenceNotes ? { intelligenceNotes: plan.intelligenceNotes } : {}),
    auditTeamIds: [...plan.auditTeamIds],
    ...(plan.matAuditTeamIds?.length ? { matAuditTeamIds: [...plan.matAuditTeamIds] } : {}),
    expectedAttendeeIds: [...plan.expectedAttendeeIds],
  };
}
