import type { CaseFinding } from '../case-finding/case-finding.js';
import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import { transitionChallengeDay } from '../challenge-day/lifecycle.js';
import type { FocusGroupFeedback } from '../capture/focus-group-feedback.js';
import type { ObservedVisit } from '../capture/observed-visit.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { idForCommand } from '../shared/new-id.js';
import type { TransitionRecords } from '../shared/records.js';
import type { Report } from './report.js';
import { summariseDay } from './summarise-day.js';
import { mayDraftReports } from './permissions.js';

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
}

interface CommandContext {
  readonly actor: Actor;
  readonly commandId: string;
  readonly now: Date;
}

/**
 * The QA manager drafts the day's report from everything captured, to check and edit before submitting
 * it. Drafting again (after more findings came in, or after a senior manager returned it) keeps every
 * edit and everything left out, and adds only recommendations not in the draft yet. A report already
 * submitted or approved is returned as it stands. The day moves to "report drafted".
 */
export async function draftReport(
  ports: DraftReportPorts,
  challengeDayId: string,
  context: CommandContext,
): Promise<Outcome<{ report: Report; added: number }>> {
  const { actor, now, commandId } = context;
  const allowed = mayDraftReports(actor);
  if (!allowed.ok) return allowed;
  const day = await ports.challengeDays.findById(challengeDayId);
  if (!day) return refuse('not_found', 'That Challenge Day was not found.');

  const captured = await ports.capturedOn(day._id);
  if (captured.findings.length === 0)
    return refuse('invalid_transition', 'There are no case findings for this day yet, so there is nothing to report.');
  const owner = (await ports.districtManagerId(day.districtId)) ?? actor.id;
  const { draftActions } = summariseDay(captured.findings, captured.focusGroups, captured.visits, owner);

  const existing = await ports.reports.forChallengeDay(day._id);
  let drafted: { report: Report; added: number };
  if (!existing) {
    const report = await ports.reports.create({
      _id: idForCommand('report', day._id),
      challengeDayId: day._id,
      districtId: day.districtId,
      status: 'draft',
      draftedById: actor.id,
      draftActions,
      leftOutKeys: [],
      actionIds: [],
      returns: [],
      createdAt: now,
      version: 1,
      history: [{ commandId, transition: 'draft', actorId: actor.id, at: now, from: 'none', to: 'draft' }],
    });
    drafted = { report, added: report.draftActions.length };
  } else if (existing.status === 'draft') {
    const known = new Set([...existing.draftActions.map((draft) => draft.key), ...existing.leftOutKeys]);
    const newOnes = draftActions.filter((draft) => !known.has(draft.key));
    if (newOnes.length === 0) {
      drafted = { report: existing, added: 0 };
    } else {
      const saved = await ports.reports.saveTransition(existing, {
        ...existing,
        draftActions: [...existing.draftActions, ...newOnes].slice(0, 200),
        history: [
          ...existing.history,
          { commandId, transition: 'add_recommendations', actorId: actor.id, at: now, from: 'draft', to: 'draft' },
        ],
      });
      if (saved.kind === 'missing') return refuse('not_found', 'That report was not found.');
      if (saved.kind === 'conflict') return refuse('conflict', 'The report changed a moment ago; try again.');
      drafted = { report: saved.entity, added: saved.kind === 'saved' ? newOnes.length : 0 };
    }
  } else {
    drafted = { report: existing, added: 0 };
  }

  await markDayReportDrafted(ports, day, context);
  return succeed(drafted);
}

/** A day under way (or whose notice went out) is "report drafted" once its report exists. */
async function markDayReportDrafted(ports: DraftReportPorts, day: ChallengeDay, context: CommandContext) {
  if (day.status !== 'announced' && day.status !== 'in_progress') return;
  const { actor, commandId, now } = context;
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
