import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import type { Report } from '../../domain/reports/report.js';
import { reportViewEvent } from '../../domain/reports/report-access.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../interaction-deps.js';
import type { Reply } from '../reply.js';
import { reportDraftCard } from './report-cards.js';

/** The draft report card for the person, as the report now stands, in place of the card they acted on. */
export async function draftReportReply(
  deps: InteractionDeps,
  person: Person,
  report: Report,
  page = 1,
): Promise<Outcome<Reply>> {
  const card = await reportDraftCard(deps.stores, report, actorFor(person), page);
  if (!card) return refuse('not_found', 'That Challenge Day was not found.');
  // The draft card shows strengths and areas for improvement case by case: each showing is a view of them.
  const now = deps.now();
  const findings = await deps.stores.caseFindings.forChallengeDay(report.challengeDayId);
  await deps.stores.auditEvents.record(
    reportViewEvent(report, {
      actorId: person._id,
      commandId: `draft-card:${person._id}:${now.toISOString()}:${page}`,
      now,
      note: 'draft report card with notes case by case',
      caseReferences: findings.map((finding) => finding.caseReference),
    }),
  );
  return succeed({ ...card, audience: 'everyone' });
}
