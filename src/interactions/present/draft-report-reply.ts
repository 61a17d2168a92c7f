import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import type { Report } from '../../domain/reports/report.js';
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
  return succeed({ ...card, audience: 'everyone' });
}
