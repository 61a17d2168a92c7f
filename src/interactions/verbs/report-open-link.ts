import { openReportSubmissionSchema } from '../../domain/forms/report-review.js';
import { grantReportLink } from '../../domain/reports/report-access.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { anyRegisteredPerson } from '../../domain/shared/permission.js';
import { reportLinkReply } from '../present/report-link-card.js';
import { defineVerb } from './card-verb.js';
import { reportContext } from './verb-contexts.js';

/**
 * "Open the report" on a report card: a link to the report's page for the person who pressed it, for an
 * hour. Cards carry no link themselves, so a card forwarded or seen in a channel gives nobody the report.
 */
export const reportOpenLinkVerb = defineVerb({
  name: 'report.openLink',
  context: reportContext,
  submission: openReportSubmissionSchema,
  form: null,
  // Whether this person may see this report is decided by the domain once the report is known.
  mayUse: anyRegisteredPerson,
  async handle(deps, { person, actor, context, commandId, now }) {
    const link = deps.reportLinkFor(context.reportId, person._id);
    const granted = await grantReportLink(
      {
        findReport: (id) => deps.stores.reports.findById(id),
        findDay: (id) => deps.stores.challengeDays.findById(id),
        recordAudit: (event) => deps.stores.auditEvents.record(event),
      },
      context.reportId,
      { actor, commandId, now, expiresAt: link.expiresAt },
    );
    if (!granted.ok) return granted;
    return succeed(await reportLinkReply(deps.stores, granted.value, link));
  },
});
