import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { formatLondon, londonWallTime } from '../shared/london-time.js';
import type { TransitionRecords } from '../shared/records.js';
import type { ChallengeDay } from './challenge-day.js';
import { noticeDueAt } from './notice-time.js';
import { plannedFields, type PlanChallengeDay, type PlanningContext } from './plan-challenge-day.js';
import { auditTeamsApart } from './audit-teams-apart.js';
import { mayChangeChallengeDays } from './permissions.js';

export interface EditPlanPorts {
  readonly challengeDays: TransitionRecords<ChallengeDay>;
  /** Moves the day's 48-hour notice, when it has not gone out yet. */
  rescheduleNotice(challengeDayId: string, dueAt: Date): Promise<void>;
}

/**
 * The QA manager changes a day not yet held: date and time, sites, focus, who is coming. The change is one
 * audited step of the day; a notice not yet sent moves with the date, and one already posted is refreshed
 * everywhere by the caller (the day's notice key).
 */
export async function editPlannedDay(
  ports: EditPlanPorts,
  challengeDayId: string,
  plan: PlanChallengeDay,
  context: PlanningContext,
): Promise<Outcome<ChallengeDay>> {
  const { actor, now } = context;
  const allowed = mayChangeChallengeDays(actor);
  if (!allowed.ok) return allowed;
  const day = await ports.challengeDays.findById(challengeDayId);
  if (!day) return refuse('not_found', 'That Challenge Day was not found.');
  if (day.status !== 'planned' && day.status !== 'announced') {
    return refuse('invalid_transition', 'Only a day not yet started can be changed.');
  }
  if (plan.districtId !== day.districtId)
    return refuse('invalid_input', 'A day cannot move to another district; cancel it and plan a new one.');
  const apart = auditTeamsApart(plan);
  if (!apart.ok) return apart;
  const unknownFocus = plan.focusAreas.filter((area) => !context.servicePriorities.includes(area));
  if (unknownFocus.length > 0)
    return refuse(
      'invalid_input',
      `Choose focus areas from the service priorities; not on the list: ${unknownFocus.join('; ')}.`,
    );
  const startsAt = londonWallTime(plan.date, plan.startTime);
  if (startsAt.getTime() <= now.getTime())
    return refuse('invalid_input', `The day must start in the future; ${formatLondon(startsAt)} has passed.`);

  // Fields a plan may leave out are taken from the plan alone, so a change can remove them.
  const { intelligenceNotes: _previousNotes, matAuditTeamIds: _previousMatTeam, ...unchanged } = day;
  const next: ChallengeDay = {
    ...unchanged,
    ...plannedFields(plan, startsAt),
    history: [
      ...day.history,
      {
        commandId: context.commandId,
        transition: 'edit',
        actorId: actor.id,
        at: now,
        from: day.status,
        to: day.status,
      },
    ],
  };
  const saved = await ports.challengeDays.saveTransition(day, next);
  if (saved.kind === 'missing') return refuse('not_found', 'That Challenge Day was not found.');
  if (saved.kind === 'conflict')
    return refuse(
      'conflict',
      'Someone else changed this Challenge Day a moment ago; open it again to see the changes.',
    );
  if (day.status === 'planned')
    await ports.rescheduleNotice(day._id, new Date(Math.max(noticeDueAt(startsAt).getTime(), now.getTime())));
  return succeed(saved.entity);
}
