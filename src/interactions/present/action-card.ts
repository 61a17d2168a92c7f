import type { ActionCardData } from '../../cards/card-data.js';
import { displayDate, displayDateTime, overdueLabel } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import { ACTION_PRIORITY_LABELS } from '../../cards/vocabulary.js';
import type { Action } from '../../domain/action/action.js';
import { allowedActionSteps } from '../../domain/action/allowed-steps.js';
import { peopleWhoMayActOn } from '../../domain/action/who-may-act.js';
import { ACTION_STATUS_LABELS, OUTSTANDING_ACTION_STATUSES } from '../../domain/action/status.js';
import type { Actor } from '../../domain/people/actor.js';
import type { HistoryEntry } from '../../domain/shared/history.js';
import { londonCalendarDate } from '../../domain/shared/london-time.js';
import type { Stores } from '../../store/stores.js';
import type { Reply } from '../reply.js';
import { actionPeople } from '../verbs/action-people.js';
import { peopleNames } from './people-names.js';

const HISTORY_SHOWN = 6;
/** Each step of an action's history as its card reads it. */
const STEP_WORDS: Record<string, string> = {
  create: 'Created',
  acknowledge: 'Acknowledged',
  add_progress: 'Progress',
  request_date_change: 'Asked for a new date',
  approve_date_change: 'Approved the new date',
  decline_date_change: 'Refused the new date',
  complete: 'Marked complete',
  verify: 'Verified as done',
  reopen: 'Reopened',
  reassign: 'Reassigned',
};
const SOURCE_LABELS: Record<Action['source']['kind'], string> = {
  case_finding: 'Case finding',
  focus_group: 'Focus group',
  observed_visit: 'Observed visit',
  report: 'Challenge Day report',
};

/**
 * The action card for one person. Its buttons are exactly the steps the domain would allow this person
 * (allowed-steps.ts), so a card never offers what would be refused.
 */
export async function actionCard(
  stores: Stores,
  action: Action,
  viewer: Actor,
  now: Date,
  audience: Reply['audience'],
): Promise<Reply> {
  // Independent reads, made together: a card is rendered for every copy of it after each step.
  const [names, district, people] = await Promise.all([
    peopleNames(stores, [
      action.ownerId,
      ...action.history.map((entry) => entry.actorId),
      ...(action.dateChangeRequest ? [action.dateChangeRequest.byId] : []),
    ]),
    stores.districts.findById(action.districtId),
    actionPeople(stores, action),
  ]);
  const newest = [...action.history].reverse();
  // A progress step keeps its note with the action's progress, not in its history: matched by when it was made.
  const progressNotes = new Map(action.progress.map((progress) => [progress.at.getTime(), progress.note]));
  const data: ActionCardData = {
    actionId: action._id,
    reference: action.reference ?? '',
    what: action.what,
    sourceLabel: SOURCE_LABELS[action.source.kind],
    sourceSummary: withoutLabel(action.source.summary, SOURCE_LABELS[action.source.kind]),
    districtName: district?.name ?? action.districtId,
    ownerName: names.get(action.ownerId) ?? '',
    dueLabel: displayDate(action.dueDate),
    overdueLabel: ['open', 'acknowledged', 'in_progress'].includes(action.status)
      ? overdueLabel(action.dueDate, londonCalendarDate(now))
      : '',
    priorityLabel: ACTION_PRIORITY_LABELS[action.priority],
    statusLabel: ACTION_STATUS_LABELS[action.status],
    dateChangeRequest:
      action.dateChangeRequest && OUTSTANDING_ACTION_STATUSES.includes(action.status)
        ? {
            requestedLabel: displayDate(action.dateChangeRequest.requestedDate),
            reason: action.dateChangeRequest.reason,
            byName: names.get(action.dateChangeRequest.byId) ?? '',
            atLabel: displayDateTime(action.dateChangeRequest.at),
          }
        : null,
    completionEvidence: action.completion?.evidence ?? '',
    history: newest.slice(0, HISTORY_SHOWN).map((entry) => ({
      atLabel: displayDateTime(entry.at),
      byName: names.get(entry.actorId) ?? '',
      text: stepText(entry, progressNotes.get(entry.at.getTime())),
    })),
    olderHistoryCount: Math.max(0, newest.length - HISTORY_SHOWN),
    can: allowedActionSteps(action, viewer, now),
    viewerIds: peopleWhoMayActOn(action, people),
  };
  return {
    card: renderCard('action', data),
    text: `${data.statusLabel}: ${action.what} (due ${data.dueLabel})`,
    audience,
  };
}

/** "Progress: spoke to the team manager", "Refused the new date: the panel sits on the 20th". */
function stepText(entry: HistoryEntry, progressNote: string | undefined): string {
  const words = STEP_WORDS[entry.transition] ?? entry.transition.replaceAll('_', ' ');
  const note = entry.transition === 'add_progress' ? (progressNote ?? entry.note) : entry.note;
  return note ? `${words}: ${note}` : words;
}

/** "Case finding CR-104233" under "Why: Case finding" reads "CR-104233": the label is not said twice. */
function withoutLabel(summary: string, label: string): string {
  return summary.toLowerCase().startsWith(`${label.toLowerCase()} `) ? summary.slice(label.length + 1) : summary;
}
