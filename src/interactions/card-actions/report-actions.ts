import { actorFor } from '../../domain/people/actor.js';
import { editDraftAction } from '../../domain/reports/edit-draft-action.js';
import type { Report } from '../../domain/reports/report.js';
import { reviewReport } from '../../domain/reports/review-report.js';
import { submitReport } from '../../domain/reports/submit-report.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import type { Person } from '../../domain/people/person.js';
import { reportActionForm, reportDraftCard } from '../present/report-cards.js';
import type { Reply } from '../reply.js';
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

/** The draft report card for the person, as the report now stands, in place of the card they acted on. */
export async function draftReportReply(
  deps: InteractionDeps,
  person: Person,
  report: Report,
  page = 1,
): Promise<Reply> {
  const card = await reportDraftCard(deps.stores, report, actorFor(person), deps.reportLink(report._id), page);
  if (!card) throw new DomainError('not_found', 'That Challenge Day was not found.');
  return { ...card, audience: 'everyone' };
}

/** The QA manager saves a change to one recommended action; the draft card comes back showing it. */
export const reportActionChanged: VerbHandler<'report.editAction'> = async (deps, request) => {
  const { person, context, submission, commandId, now } = request;
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
        return owner !== null && owner.districtIds.includes(districtId);
      },
    },
    context.reportId,
    context.actionKey,
    change,
    { actor: actorFor(person), commandId, now },
  );
  if (!edited.ok) {
    const fieldErrors = edited.error.details;
    const report = Object.keys(fieldErrors).length > 0 ? await deps.stores.reports.findById(context.reportId) : null;
    const form = report
      ? await reportActionForm(deps.stores, report, context.actionKey, {
          values: {
            what: submission.what,
            ownerId: submission.ownerId,
            dueDate: submission.dueDate.toISOString().slice(0, 10),
            priority: submission.priority,
            leaveOut: String(submission.leaveOut),
          },
          errors: fieldErrors,
        })
      : null;
    if (!form) throw edited.error;
    return { ...form, audience: 'person', fieldErrors };
  }
  return draftReportReply(deps, person, edited.value);
};

/** "More actions" / "Previous actions" on the draft report card. */
export const reportPaged: VerbHandler<'report.page'> = async (deps, { person, context }) => {
  const report = await deps.stores.reports.findById(context.reportId);
  if (!report || !person.roles.includes('qa_manager')) throw new DomainError('not_found', 'That report was not found.');
  return draftReportReply(deps, person, report, context.page);
};

/** The QA manager submits the draft as it stands; the senior managers get the verification card. */
export const reportSubmitted: VerbHandler<'report.submit'> = async (deps, request) => {
  const { person, context, commandId, now } = request;
  const submitted = await submitReport(
    {
      reports: deps.stores.reports,
      seniorManagerIds: async (districtId) =>
        (await deps.stores.people.withRoleInDistrict('senior_manager', districtId)).map((found) => found._id),
    },
    context.reportId,
    { actor: actorFor(person), commandId, now },
  );
  if (!submitted.ok) throw submitted.error;
  await deps.deliver(submitted.value.deliveries);
  const reviewers = new Set(submitted.value.deliveries.map((delivery) => delivery.destination));
  return receipt(
    'Report submitted for verification',
    person.displayName,
    now,
    [{ title: 'Recommended actions', value: String(submitted.value.report.draftActions.length) }],
    reviewers.size > 0
      ? `Sent to ${reviewers.size === 1 ? 'the senior manager' : `${reviewers.size} senior managers`} of the district to verify.`
      : 'No senior manager of the district can verify it yet: ask the QA team to register one.',
  );
};
