import { refuseWithHelp } from '../shared/who-can-help.js';
import { SENIOR_MANAGERS_HELP } from './permissions.js';
import { actionAssignedDelivery } from '../action/action-assigned.js';
import { transitionChallengeDay } from '../challenge-day/lifecycle.js';
import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import { SYSTEM_ACTOR, worksInDistrict, type Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { alreadyApplied, type TransitionRecords } from '../shared/records.js';
import type { Action } from '../action/action.js';
import type { Delivery } from '../notifications/notification.js';
import type { Report } from './report.js';
import { idForCommand } from '../shared/new-id.js';
import { mayVerifyReports } from './permissions.js';

export interface ReportReviewPorts {
  readonly reports: TransitionRecords<Report>;
  readonly challengeDays: TransitionRecords<ChallengeDay>;
  actionsOf(report: Report): Promise<Action[]>;
  /** Stores an action of the approved plan (once: the same id again returns the stored one). */
  createAction(action: Action): Promise<Action>;
}

interface ReviewContext {
  readonly actor: Actor;
  readonly commandId: string;
  readonly now: Date;
}

/**
 * A senior manager's decision on a submitted report. Approving verifies the Challenge Day and circulates
 * the plan: each action card goes to its owner. Returning sends the report back to draft with the
 * comments, which stay on it. Only a senior manager decides, and never the one who drafted it.
 */
export async function reviewReport(
  ports: ReportReviewPorts,
  reportId: string,
  decision: { approve: true; comments?: string } | { approve: false; comments: string },
  context: ReviewContext,
): Promise<Outcome<{ report: Report; deliveries: Delivery[] }>> {
  const { actor, now, commandId } = context;
  const report = await ports.reports.findById(reportId);
  // Another district's report is "not found", so its existence is not revealed.
  if (!report || !worksInDistrict(actor, report.districtId)) return refuse('not_found', 'That report was not found.');
  const allowed = mayVerifyReports(actor);
  if (!allowed.ok) return allowed;
  if (report.draftedById === actor.id) {
    return refuseWithHelp('You drafted this report, so another senior manager must verify it.', SENIOR_MANAGERS_HELP);
  }
  if (alreadyApplied(report, commandId))
    return succeed({ report, deliveries: await circulation(ports, report, actor.id) });
  if (report.status !== 'submitted') {
    return refuse(
      'invalid_transition',
      `This report is ${report.status === 'approved' ? 'already approved' : 'back in draft'}; there is nothing to decide now.`,
    );
  }

  const entry = {
    commandId,
    actorId: actor.id,
    at: now,
    from: 'submitted',
    ...(decision.comments ? { note: decision.comments } : {}),
  };
  const actionIds = report.draftActions.map((_draft, index) => idForCommand('action', `${report._id}:${index}`));
  const next: Report = decision.approve
    ? {
        ...report,
        status: 'approved',
        actionIds,
        approvedById: actor.id,
        approvedAt: now,
        history: [...report.history, { ...entry, transition: 'approve', to: 'approved' }],
      }
    : {
        ...report,
        status: 'draft',
        returns: [...report.returns, { byId: actor.id, at: now, comments: decision.comments }],
        history: [...report.history, { ...entry, transition: 'return', to: 'draft' }],
      };
  const saved = await ports.reports.saveTransition(report, next);
  if (saved.kind === 'missing') return refuse('not_found', 'That report was not found.');
  if (saved.kind === 'conflict')
    return refuse('conflict', 'Someone else decided on this report a moment ago. Here is how it stands now.');
  if (!decision.approve)
    return succeed({ report: saved.entity, deliveries: await circulation(ports, saved.entity, actor.id) });

  // The plan's actions are made from the approved draft; their ids follow from the report, so a retry
  // after a failure part-way makes the rest and none twice.
  for (const [index, draft] of report.draftActions.entries()) {
    await ports.createAction({
      _id: actionIds[index] ?? idForCommand('action', `${report._id}:${index}`),
      challengeDayId: report.challengeDayId,
      districtId: report.districtId,
      what: draft.what,
      source: draft.source,
      ownerId: draft.ownerId,
      dueDate: draft.dueDate,
      priority: draft.priority,
      status: 'open',
      progress: [],
      createdAt: now,
      version: 1,
      history: [
        {
          commandId: `${commandId}:action:${index}`,
          transition: 'create',
          actorId: actor.id,
          at: now,
          from: 'none',
          to: 'open',
        },
      ],
    });
  }

  const day = await ports.challengeDays.findById(report.challengeDayId);
  if (day && day.status === 'report_drafted') {
    const verified = transitionChallengeDay(day, 'verify', { actor, commandId: `${commandId}:day`, now });
    const savedDay = verified.ok ? await ports.challengeDays.saveTransition(day, verified.value) : null;
    if (savedDay?.kind === 'saved') {
      // The plan goes out with this approval, so the day is circulated at once; the step is computed from
      // the day as stored, with its new version.
      const context = { actor: SYSTEM_ACTOR, commandId: `${commandId}:circulate`, now };
      const circulated = transitionChallengeDay(savedDay.entity, 'circulate', context);
      if (circulated.ok) await ports.challengeDays.saveTransition(savedDay.entity, circulated.value);
    }
  }
  return succeed({ report: saved.entity, deliveries: await circulation(ports, saved.entity, actor.id) });
}

/**
 * Who is told of a decision: a returned report goes back to the QA manager who submitted it, with the
 * comments; an approved one is summarised in the district's channels, its QA manager is told who verified
 * it, and each action goes to its owner (the reviewer told of anyone the bot turns out unable to reach).
 */
async function circulation(ports: ReportReviewPorts, report: Report, reviewerId: string): Promise<Delivery[]> {
  if (report.status === 'draft') {
    return [
      {
        key: `report-returned:${report._id}:${report.version}`,
        notification: { kind: 'report_returned', reportId: report._id },
        destination: { kind: 'person', personId: report.draftedById },
      },
    ];
  }
  if (report.status !== 'approved') return [];
  const actions = await ports.actionsOf(report);
  return [
    {
      key: `report-summary:${report._id}`,
      notification: { kind: 'report_summary', reportId: report._id },
      destination: { kind: 'district_channels', districtId: report.districtId, audiences: ['district', 'mat'] },
    },
    {
      key: `report-approved:${report._id}`,
      notification: { kind: 'report_approved', reportId: report._id },
      destination: { kind: 'person', personId: report.draftedById },
      senderId: reviewerId,
    },
    // The senior manager who approved it is told of an owner who cannot be reached after all.
    ...actions.map((action) => ({ ...actionAssignedDelivery(action), senderId: reviewerId })),
  ];
}
