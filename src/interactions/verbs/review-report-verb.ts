import type { z } from 'zod/v4';
import { mayVerifyReports } from '../../domain/reports/permissions.js';
import { reviewReport } from '../../domain/reports/review-report.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { reportVerifiedEvent } from '../../domain/webhooks/webhook-events.js';
import { receipt } from '../present/message-cards.js';
import { reachNote } from '../present/reach-note.js';
import { handBackCases } from '../../domain/case-handback/hand-back-cases.js';
import { caseHandbackPorts } from '../case-handback-ports.js';
import { defineVerb, type CardVerbModule } from './card-verb.js';
import { reportContext } from './verb-contexts.js';

type ReviewSubmission = z.ZodType<{ comments?: string | undefined }>;

/**
 * A senior manager's decision on a submitted report. Approved, its actions go to their owners; returned, it
 * goes back to the QA manager in draft with the comments.
 */
export function reviewReportVerb<Name extends string, Submission extends ReviewSubmission>(review: {
  readonly name: Name;
  readonly submission: Submission;
  readonly approve: boolean;
}): CardVerbModule<Name, typeof reportContext, Submission> {
  return defineVerb({
    name: review.name,
    context: reportContext,
    submission: review.submission,
    form: null,
    mayUse: mayVerifyReports,
    async handle(deps, { person, actor, context, submission, commandId, now }) {
      const { comments } = submission as z.output<ReviewSubmission>;
      const handbackPorts = caseHandbackPorts(deps.stores);
      const decided = await reviewReport(
        {
          reports: deps.stores.reports,
          challengeDays: deps.stores.challengeDays,
          createAction: (action) => deps.stores.actions.create(action),
          // The plan's actions as stored, read as the cases handed back read them.
          actionsOf: handbackPorts.actionsOf,
        },
        context.reportId,
        review.approve
          ? { approve: true, ...(comments ? { comments } : {}) }
          : { approve: false, comments: comments ?? '' },
        { actor, commandId, now },
      );
      if (!decided.ok) return decided;
      const { report } = decided.value;
      // Approved, each audited case's findings go back to the manager of the team holding it, a card per case.
      const handedBack = await handBackCases(handbackPorts, report, { reviewerId: actor.id, now });
      const deliveries = [...decided.value.deliveries, ...handedBack];
      const queued = await deps.deliver(deliveries);
      if (review.approve)
        await deps.announce(report.districtId, (district) => reportVerifiedEvent(report, district, now));
      // The receipt speaks of the action owners (or, returned, the QA manager); the QA manager's news of
      // an approval is not an action sent to her.
      const told = decided.value.deliveries.filter((delivery) => delivery.notification.kind !== 'report_approved');
      const sent = await reachNote(deps.stores, told, queued, {
        reached: 'Actions sent to',
        otherwise: 'tell them their actions directly',
      });
      const casesSent = await reachNote(deps.stores, handedBack, queued, {
        reached: 'Case findings sent to',
        otherwise: 'tell them their cases’ findings directly',
      });
      return succeed(
        receipt(
          review.approve ? 'Report verified' : 'Report returned to the QA manager',
          person.displayName,
          now,
          comments ? [{ title: 'Comments', value: comments }] : [],
          review.approve
            ? `Each of the ${decided.value.report.actionIds.length} actions has been sent to its owner. ${sent} ${casesSent}`.trim()
            : `The report is back in draft with your comments. ${sent}`.trim(),
        ),
      );
    },
  });
}
