import { actorFor } from '../../domain/people/actor.js';
import { reviewReport } from '../../domain/reports/review-report.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { receipt } from '../present/message-cards.js';
import type { VerbHandler, VerbRequest } from './verb-handler.js';

async function review(
  deps: InteractionDeps,
  request: VerbRequest<'report.approve' | 'report.return'>,
  approve: boolean,
) {
  const { person, context, submission, commandId, now } = request;
  const comments = submission.comments;
  const decided = await reviewReport(
    {
      reports: deps.stores.reports,
      challengeDays: deps.stores.challengeDays,
      createAction: (action) => deps.stores.actions.create(action),
      actionsOf: async (report) =>
        (await Promise.all(report.actionIds.map((id) => deps.stores.actions.findById(id)))).flatMap((action) =>
          action ? [action] : [],
        ),
    },
    context.reportId,
    approve ? { approve: true, ...(comments ? { comments } : {}) } : { approve: false, comments: comments ?? '' },
    { actor: actorFor(person), commandId, now },
  );
  if (!decided.ok) throw decided.error;
  await deps.deliver(decided.value.deliveries);
  return receipt(
    approve ? 'Report verified' : 'Report returned to the QA manager',
    person.displayName,
    now,
    comments ? [{ title: 'Comments', value: comments }] : [],
    approve
      ? `Each of the ${decided.value.report.actionIds.length} actions has been sent to its owner.`
      : 'The report is back in draft with your comments.',
  );
}

export const reportApproved: VerbHandler<'report.approve'> = (deps, request) => review(deps, request, true);
export const reportReturned: VerbHandler<'report.return'> = (deps, request) => review(deps, request, false);
