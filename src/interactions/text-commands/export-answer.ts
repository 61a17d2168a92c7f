import { randomUUID } from 'node:crypto';
import { grantActionExport } from '../../domain/action-export/export-actions.js';
import type { ActionExportFilter } from '../../domain/action-export/export-filter.js';
import type { ChallengeDay } from '../../domain/challenge-day/challenge-day.js';
import { actorFor } from '../../domain/people/actor.js';
import type { ExportActionsQuery } from '../../domain/questions/query.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { isoFromCalendarDate } from '../../domain/shared/london-time.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { actionPlanExportReply } from '../present/action-plan-export-card.js';
import type { Reply } from '../reply.js';
import { headingFor } from './actions-answer.js';
import type { TextMessage } from './text-message.js';

/**
 * "export the action plan for High Peak", "export all overdue actions": the person's own links to the
 * actions asked about as CSV and as XLSX, for an hour. The files are made when a link is opened, from the
 * filter signed into it, so they hold the plan as it is then.
 */
export async function answerExport(
  deps: InteractionDeps,
  message: TextMessage,
  query: ExportActionsQuery,
  now: Date,
): Promise<Outcome<Reply>> {
  const { owner, challengeDay: dayRef, due, districtId, state } = query.actions;
  const ownerId = owner?.kind === 'person' ? owner.personId : undefined;
  if (owner && !ownerId) return refuse('not_found', 'I do not know who that is; ask with their full name.');
  let day: ChallengeDay | null = null;
  if (dayRef) {
    if (!districtId) return refuse('invalid_input', 'Say which district’s Challenge Day you mean.');
    day =
      dayRef.which === 'last'
        ? await deps.stores.challengeDays.latestForDistrict(districtId, now)
        : await deps.stores.challengeDays.onDate(districtId, dayRef.date);
    if (!day) return refuse('not_found', 'There is no Challenge Day like that in this district yet.');
  }
  const filter: ActionExportFilter = {
    state,
    ...(districtId ? { districtId } : {}),
    ...(ownerId ? { ownerId } : {}),
    ...(day ? { challengeDayId: day._id } : {}),
    ...(due ? { dueFrom: isoFromCalendarDate(due.from), dueTo: isoFromCalendarDate(due.to) } : {}),
  };
  const exportId = `export-${randomUUID()}`;
  const links = deps.exportLinksFor({ exportId, filter }, message.person._id);
  const granted = await grantActionExport(
    {
      countActions: (search) => deps.stores.actions.countActions(search),
      recordAudit: (event) => deps.stores.auditEvents.record(event),
    },
    filter,
    { actor: actorFor(message.person), exportId, now, expiresAt: links.expiresAt },
  );
  if (!granted.ok) return granted;
  const heading = await headingFor(deps, query.actions, day?.date);
  return succeed(actionPlanExportReply({ heading, count: granted.value.count, ...links }));
}
