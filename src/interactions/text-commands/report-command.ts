import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { draftReport } from '../../domain/reports/draft-report.js';
import { readReportCommand } from '../../domain/reports/read-report-command.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { londonCalendarDate } from '../../domain/shared/london-time.js';
import { draftReportReply } from '../present/draft-report-reply.js';
import type { InteractionDeps } from '../interaction-deps.js';
import type { Reply } from '../reply.js';
import { chatCommand } from './chat-command.js';

/**
 * The QA manager drafts the report of the district's day under way (or just held), to check and change
 * before submitting it; asked again, it shows the report as it stands with any new recommendations added.
 */
async function draftReportFromChat(
  deps: InteractionDeps,
  person: Person,
  districtId: string | undefined,
  now: Date,
): Promise<Outcome<Reply>> {
  if (!districtId) return refuse('invalid_input', 'Say which district, e.g. “draft the report for High Peak”.');
  const day = await deps.stores.challengeDays.latestForDistrict(districtId, londonCalendarDate(now));
  if (!day) return refuse('not_found', 'There is no Challenge Day in that district to report on yet.');
  const drafted = await draftReport(
    {
      challengeDays: deps.stores.challengeDays,
      reports: deps.stores.reports,
      capturedOn: async (id) => ({
        findings: await deps.stores.caseFindings.forChallengeDay(id),
        focusGroups: await deps.stores.focusGroupFeedback.forChallengeDay(id),
        visits: await deps.stores.observedVisits.forChallengeDay(id),
      }),
      districtManagerId: async (id) => (await deps.stores.people.withRoleInDistrict('district_manager', id))[0]?._id,
    },
    day._id,
    { actor: actorFor(person), commandId: `report:${day._id}:${now.toISOString().slice(0, 16)}`, now },
  );
  if (!drafted.ok) return drafted;
  const draft = await draftReportReply(deps, person, drafted.value.report);
  if (!draft.ok) return draft;
  return succeed({ ...draft.value, audience: 'person' });
}

/** "draft the report for Chesterfield" */
export const draftReportCommand = chatCommand(readReportCommand, (deps, message, command, now) =>
  draftReportFromChat(deps, message.person, command.districtId, now),
);
