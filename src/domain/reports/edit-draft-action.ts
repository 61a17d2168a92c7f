import type { ActionPriority } from '../action/status.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { londonCalendarDate } from '../shared/london-time.js';
import { alreadyApplied, type TransitionRecords } from '../shared/records.js';
import type { Report } from './report.js';
import { mayChangeDraftReports } from './permissions.js';

export type DraftActionChange =
  | { readonly leaveOut: true }
  | {
      readonly leaveOut: false;
      readonly what: string;
      readonly ownerId: string;
      readonly dueDate: Date;
      readonly priority: ActionPriority;
    };

export interface EditDraftActionPorts {
  readonly reports: TransitionRecords<Report>;
  /** Whether a person may own an action in the district: registered, and working there. */
  canOwnActionIn(personId: string, districtId: string): Promise<boolean>;
}

/**
 * The QA manager changes one recommended action of a draft report (wording, owner, due date, priority)
 * or leaves it out of the plan. Only while the report is a draft: once submitted, a senior manager must
 * return it first.
 */
export async function editDraftAction(
  ports: EditDraftActionPorts,
  reportId: string,
  actionKey: string,
  change: DraftActionChange,
  context: { actor: Actor; commandId: string; now: Date },
): Promise<Outcome<Report>> {
  const { actor, commandId, now } = context;
  const allowed = mayChangeDraftReports(actor);
  if (!allowed.ok) return allowed;
  const report = await ports.reports.findById(reportId);
  if (!report) return refuse('not_found', 'That report was not found.');
  if (alreadyApplied(report, commandId)) return succeed(report);
  if (report.status !== 'draft') {
    return refuse(
      'invalid_transition',
      report.status === 'submitted'
        ? 'This report is with the senior managers now. It can be changed again if one of them returns it.'
        : 'This report is verified, so its actions can no longer be changed here; change the action itself.',
    );
  }
  const current = report.draftActions.find((draft) => draft.key === actionKey);
  if (!current) return refuse('not_found', 'That action is no longer in the draft report.');

  if (!change.leaveOut) {
    if (change.dueDate.getTime() < londonCalendarDate(now).getTime())
      return refuse('invalid_input', 'Choose a due date from today onwards.', {
        dueDate: 'Choose a date from today onwards.',
      });
    if (!(await ports.canOwnActionIn(change.ownerId, report.districtId)))
      return refuse('invalid_input', 'Choose an owner who works in this district.', {
        ownerId: 'Choose someone who works in this district.',
      });
  }
  const draftActions = change.leaveOut
    ? report.draftActions.filter((draft) => draft.key !== actionKey)
    : report.draftActions.map((draft) =>
        draft.key === actionKey
          ? { ...draft, what: change.what, ownerId: change.ownerId, dueDate: change.dueDate, priority: change.priority }
          : draft,
      );
  const leftOutKeys = change.leaveOut ? [...report.leftOutKeys, actionKey] : report.leftOutKeys;
  const saved = await ports.reports.saveTransition(report, {
    ...report,
    draftActions,
    leftOutKeys,
    history: [
      ...report.history,
      {
        commandId,
        transition: change.leaveOut ? 'leave_out_action' : 'edit_action',
        actorId: actor.id,
        at: now,
        from: 'draft',
        to: 'draft',
        note: current.what.slice(0, 2000),
      },
    ],
  });
  if (saved.kind === 'missing') return refuse('not_found', 'That report was not found.');
  if (saved.kind === 'conflict')
    return refuse(
      'conflict',
      'Someone changed this report a moment ago. Here it is as it stands; make your change again.',
    );
  return succeed(saved.entity);
}
