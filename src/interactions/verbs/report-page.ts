import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { mayReadDraftReports } from '../../domain/reports/permissions.js';
import { refuse } from '../../domain/shared/domain-error.js';
import { anyRegisteredPerson } from '../../domain/shared/permission.js';
import { draftReportReply } from '../present/draft-report-reply.js';
import { defineVerb } from './card-verb.js';
import { reportPageContext } from './verb-contexts.js';

/** "More actions" / "Previous actions" on the draft report card. */
export const reportPageVerb = defineVerb({
  name: 'report.page',
  context: reportPageContext,
  submission: noInputSubmissionSchema,
  form: null,
  // To anyone who may not read the draft it does not exist: that is decided below, once the report is known.
  mayUse: anyRegisteredPerson,
  async handle(deps, { person, actor, context }) {
    const report = await deps.stores.reports.findById(context.reportId);
    if (!report || !mayReadDraftReports(actor)) return refuse('not_found', 'That report was not found.');
    return draftReportReply(deps, person, report, context.page);
  },
});
