import type { CaseFinding } from '../case-finding/case-finding.js';
import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import { transitionChallengeDay } from '../challenge-day/lifecycle.js';
import type { FocusGroupFeedback } from '../capture/focus-group-feedback.js';
import type { ObservedVisit } from '../capture/observed-visit.js';
import type { Delivery } from '../notifications/notification.js';
import { hasRole, type Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { idForCommand } from '../shared/new-id.js';
import type { TransitionRecords } from '../shared/records.js';
import type { Report } from './report.js';
import { summariseDay } from './summarise-day.js';

export interface DraftReportPorts {
  readonly challengeDays: TransitionRecords<ChallengeDay>;
  readonly reports: TransitionRecords<Report> & {
    create(report: Report): Promise<Report>;
    forChallengeDay(id: string): Promise<Report | null>;
  };
  capturedOn(
    challengeDayId: string,
  ): Promise<{ findings: CaseFinding[]; focusGroups: FocusGroupFeedback[]; visits: ObservedVisit[] }>;
  /** Who owns a recommendation nobody was suggested for: the district's manager. */
  districtManagerId(districtId: string): Promise<string | undefined>;
  /** The senior managers who may verify a report for the district. */
  seniorManagerIds(districtId: string): Promise<string[]>;
}

/**
 * The QA manager drafts the day's report from everything captured, and submits it: the day moves to
 * "report drafted" and the senior managers who may verify it are sent the verification card. A report
 * returned with comments is drafted again the same way, keeping the comments.
 */
export async function draftAndSubmitReport(
  ports: DraftReportPorts,
  challengeDayId: string,
  context: { actor: Actor; commandId: string; now: Date },
): Promise<Outcome<{ report: Report; deliveries: Delivery[] }>> {
  const { actor, now, commandId } = context;
  if (!hasRole(actor, 'qa_manager')) return refuse('not_allowed', 'Only a QA manager drafts the Challenge Day report.');
  const day = await ports.challengeDays.findById(challengeDayId);
  if (!day) return refuse('not_found', 'That Challenge Day was not found.');

  const captured = await ports.capturedOn(day._id);
  if (captured.findings.length === 0)
    return refuse('invalid_transition', 'There are no case findings for this day yet, so there is nothing to report.');
  const owner = (await ports.districtManagerId(day.districtId)) ?? actor.id;
  const summary = summariseDay(captured.findings, captured.focusGroups, captured.visits, owner);

  const existing = await ports.reports.forChallengeDay(day._id);
  let report: Report;
  if (!existing) {
    report = await ports.reports.create({
      _id: idForCommand('report', day._id),
      challengeDayId: day._id,
      districtId: day.districtId,
      status: 'submitted',
      draftedById: actor.id,
      draftActions: summary.draftActions,
      actionIds: [],
      returns: [],
      createdAt: now,
      version: 1,
      history: [{ commandId, transition: 'submit', actorId: actor.id, at: now, from: 'none', to: 'submitted' }],
    });
  } else if (existing.status === 'draft') {
    const saved = await ports.reports.saveTransition(existing, {
      ...existing,
      status: 'submitted',
      draftedById: actor.id,
      draftActions: summary.draftActions,
      history: [
        ...existing.history,
        { commandId, transition: 'submit', actorId: actor.id, at: now, from: 'draft', to: 'submitted' },
      ],
    });
    if (saved.kind !== 'saved' && saved.kind !== 'replayed')
      return refuse('conflict', 'The report changed a moment ago; try again.');
    report = saved.entity;
  } else {
    report = existing;
  }

  if (day.status === 'announced' || day.status === 'in_progress') {
    const started =
      day.status === 'announced'
        ? transitionChallengeDay(day, 'start', { actor, commandId: `${commandId}:start`, now })
        : null;
    const savedStart = started?.ok ? await ports.challengeDays.saveTransition(day, started.value) : null;
    // The next step is computed from the day as stored, with its new version.
    const inProgress = savedStart?.kind === 'saved' ? savedStart.entity : day;
    const drafted = transitionChallengeDay(inProgress, 'draft_report', { actor, commandId: `${commandId}:draft`, now });
    if (drafted.ok) await ports.challengeDays.saveTransition(inProgress, drafted.value);
  }

  const deliveries: Delivery[] =
    report.status === 'submitted'
      ? (await ports.seniorManagerIds(day.districtId))
          .filter((id) => id !== report.draftedById)
          .map((personId) => ({
            key: `report-verification:${report._id}:${report.version}`,
            notification: { kind: 'report_verification', reportId: report._id } as const,
            destination: { kind: 'person', personId } as const,
          }))
      : [];
  return succeed({ report, deliveries });
}
