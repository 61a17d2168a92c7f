import { noInputSubmissionSchema } from '../../domain/forms/action-updates.js';
import { maySubmitReports } from '../../domain/reports/permissions.js';
import { submitReport } from '../../domain/reports/submit-report.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { receipt } from '../present/message-cards.js';
import { reachNote } from '../present/reach-note.js';
import { defineVerb } from './card-verb.js';
import { reportContext } from './verb-contexts.js';

/** The QA manager submits the draft as it stands; the senior managers get the verification card. */
export const reportSubmitVerb = defineVerb({
  name: 'report.submit',
  context: reportContext,
  submission: noInputSubmissionSchema,
  form: null,
  mayUse: maySubmitReports,
  async handle(deps, { person, actor, context, commandId, now }) {
    const submitted = await submitReport(
      {
        reports: deps.stores.reports,
        seniorManagerIds: async (districtId) =>
          (await deps.stores.people.withRoleInDistrict('senior_manager', districtId)).map((found) => found._id),
      },
      context.reportId,
      { actor, commandId, now },
    );
    if (!submitted.ok) return submitted;
    const { deliveries } = submitted.value;
    const queued = await deps.deliver(deliveries);
    const sent =
      deliveries.length > 0
        ? await reachNote(deps.stores, deliveries, queued, {
            reached: 'Sent to verify',
            otherwise: 'send them the report another way, or ask the QA team to register their account',
          })
        : 'No senior manager of the district can verify it yet: ask the QA team to register one.';
    return succeed(
      receipt(
        'Report submitted for verification',
        person.displayName,
        now,
        [{ title: 'Recommended actions', value: String(submitted.value.report.draftActions.length) }],
        sent,
      ),
    );
  },
});
