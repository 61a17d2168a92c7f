import { reportDraftActionSubmissionSchema } from '../../domain/forms/report-draft-action.js';
import { actorFor } from '../../domain/people/actor.js';
import { whyNotChoosable } from '../../domain/people/chosen-people.js';
import { editDraftAction } from '../../domain/reports/edit-draft-action.js';
import { mayChangeDraftReports } from '../../domain/reports/permissions.js';
import { refuse, succeed } from '../../domain/shared/domain-error.js';
import { draftReportReply } from '../present/draft-report-reply.js';
import { countyDistricts } from '../people-pickers/county-districts.js';
import { formReply } from '../present/form-reply.js';
import { reportActionForm } from '../present/report-cards.js';
import { defineVerb, type FormRenderer } from './card-verb.js';
import { draftActionContext } from './verb-contexts.js';

/** The form to change one recommended action of the draft, filled in as it stands. */
const changeDraftActionForm: FormRenderer = async (deps, person, ids, state) => {
  const allowed = mayChangeDraftReports(actorFor(person));
  if (!allowed.ok) return allowed;
  const report = ids.reportId ? await deps.stores.reports.findById(ids.reportId) : null;
  const form = report && ids.actionKey ? await reportActionForm(deps.stores, report, ids.actionKey, state) : null;
  if (!form) return refuse('not_found', 'That action is no longer in the draft report.');
  return succeed(formReply(form.card, form.text, state));
};

/**
 * The QA manager saves a change to one recommended action (wording, owner, due date, priority, or leaving
 * it out); the draft card comes back showing it. A change the domain refuses field by field comes back as
 * the form, with what to correct beside each input.
 */
export const reportEditActionVerb = defineVerb({
  name: 'report.editAction',
  context: draftActionContext,
  submission: reportDraftActionSubmissionSchema,
  form: changeDraftActionForm,
  mayUse: mayChangeDraftReports,
  async handle(deps, { person, context, submission, commandId, now }) {
    const change = submission.leaveOut
      ? ({ leaveOut: true } as const)
      : ({
          leaveOut: false,
          what: submission.what,
          ownerId: submission.ownerId,
          dueDate: submission.dueDate,
          priority: submission.priority,
        } as const);
    const edited = await editDraftAction(
      {
        reports: deps.stores.reports,
        canOwnActionIn: async (personId, districtId) => {
          const owner = await deps.stores.people.findById(personId);
          return owner !== null && whyNotChoosable(owner, { districtId }, await countyDistricts(deps.stores)) === null;
        },
      },
      context.reportId,
      context.actionKey,
      change,
      { actor: actorFor(person), commandId, now },
    );
    if (edited.ok) return draftReportReply(deps, person, edited.value);
    const fieldErrors = edited.error.details;
    if (Object.keys(fieldErrors).length === 0) return edited;
    const corrected = await changeDraftActionForm(deps, person, context, {
      values: {
        what: submission.what,
        ownerId: submission.ownerId,
        dueDate: submission.dueDate.toISOString().slice(0, 10),
        priority: submission.priority,
        leaveOut: String(submission.leaveOut),
      },
      errors: fieldErrors,
    });
    return corrected.ok ? corrected : edited;
  },
});
