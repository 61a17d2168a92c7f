import { districtManagersHelp } from '../shared/permission.js';
import { refuseWithHelp, type HelpFrom } from '../shared/who-can-help.js';
import { actorFor, worksInDistrict, type Actor } from '../people/actor.js';
import type { Person } from '../people/person.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { HistoryEntry } from '../shared/history.js';
import { formatCalendarDate } from '../shared/london-time.js';
import { MAX_PROGRESS_NOTES, type Action } from './action.js';
import { managesAction, ownsAction } from './permissions.js';
import { ACTION_STATUS_LABELS, OUTSTANDING_ACTION_STATUSES, type ActionStatus } from './status.js';

/** Everything a person can do to an action, as data; the channels build these from card submissions. */
export type ActionCommand =
  | { kind: 'acknowledge' }
  | { kind: 'add_progress'; note: string }
  | { kind: 'request_date_change'; requestedDate: Date; reason: string }
  | { kind: 'approve_date_change' }
  | { kind: 'decline_date_change'; reason: string }
  | { kind: 'complete'; evidence: string }
  | { kind: 'verify' }
  | { kind: 'reopen'; reason: string }
  | { kind: 'reassign'; newOwner: NewOwner; previousOwnerName: string; reason: string };

/** Whom an action is handed to, as the reassign step checks them: a current member of its district. */
export type NewOwner = Pick<Person, '_id' | 'displayName' | 'roles' | 'districtIds' | 'leftAt'>;

export interface CommandContext {
  readonly actor: Actor;
  readonly commandId: string;
  readonly now: Date;
}

/**
 * Applies one command to an action: the whole action lifecycle (open → acknowledged → in progress →
 * completed → verified, with date-change requests) in one pure function. It returns the action as it
 * should be stored, with the step appended to its history, or the reason it was refused.
 */
export function applyActionCommand(action: Action, command: ActionCommand, context: CommandContext): Outcome<Action> {
  const { actor, now } = context;
  const ownerOrManager = ownsAction(actor, action) || managesAction(actor, action);
  switch (command.kind) {
    case 'acknowledge':
      if (!ownerOrManager) return notYours(action);
      if (action.status !== 'open') return alreadyPast(action, 'acknowledged');
      return moved(action, context, command.kind, 'acknowledged', { acknowledgedAt: now });

    case 'add_progress': {
      if (!ownerOrManager) return notYours(action);
      if (!isOutstanding(action)) return alreadyPast(action, 'updated');
      if (action.progress.length >= MAX_PROGRESS_NOTES) {
        return refuse(
          'invalid_transition',
          `This action already has ${MAX_PROGRESS_NOTES} progress notes, the most one action keeps. Mark it complete, or ask the QA manager to set a new action for what is left.`,
          { actionId: action._id },
        );
      }
      const progress = [...action.progress, { note: command.note, byId: actor.id, at: now }];
      return moved(action, context, command.kind, 'in_progress', {
        progress,
        acknowledgedAt: action.acknowledgedAt ?? now,
      });
    }

    case 'request_date_change':
      if (!ownerOrManager) return notYours(action);
      if (!isOutstanding(action)) return alreadyPast(action, 'given a new date');
      if (action.dateChangeRequest) {
        return refuse(
          'invalid_transition',
          'A new date has already been asked for; wait for the district manager’s answer.',
        );
      }
      if (command.requestedDate.getTime() <= action.dueDate.getTime()) {
        return refuse(
          'invalid_input',
          `The new date must be after the current due date, ${formatCalendarDate(action.dueDate)}.`,
        );
      }
      return moved(
        action,
        context,
        command.kind,
        action.status,
        {
          dateChangeRequest: { requestedDate: command.requestedDate, reason: command.reason, byId: actor.id, at: now },
        },
        command.reason,
      );

    case 'approve_date_change':
    case 'decline_date_change': {
      if (!managesAction(actor, action)) {
        return refuseWithHelp('Only a manager for this district can decide on a new date.', managersOf(action));
      }
      const request = action.dateChangeRequest;
      if (!request) return refuse('invalid_transition', 'There is no request for a new date on this action.');
      if (request.byId === actor.id) {
        return refuseWithHelp('You asked for this new date, so another manager must decide on it.', managersOf(action));
      }
      const approved = command.kind === 'approve_date_change';
      return moved(
        action,
        context,
        command.kind,
        action.status,
        {
          dateChangeRequest: undefined,
          dueDate: approved ? request.requestedDate : action.dueDate,
        },
        command.kind === 'decline_date_change' ? command.reason : undefined,
      );
    }

    case 'complete':
      if (!ownerOrManager) return notYours(action);
      if (action.status === 'open')
        return refuse('invalid_transition', 'Acknowledge this action before marking it complete.');
      if (!isOutstanding(action)) return alreadyPast(action, 'marked complete');
      // A new date still waiting for a decision is no longer needed once the work is done: it lapses, and says so.
      return moved(
        action,
        context,
        command.kind,
        'completed',
        { completion: { evidence: command.evidence, byId: actor.id, at: now }, dateChangeRequest: undefined },
        action.dateChangeRequest
          ? `the new date asked for, ${formatCalendarDate(action.dateChangeRequest.requestedDate)}, lapsed`
          : undefined,
      );

    case 'verify':
    case 'reopen': {
      if (!managesAction(actor, action)) {
        return refuseWithHelp(
          'Only a manager for this district can verify or reopen a completed action.',
          managersOf(action),
        );
      }
      if (ownsAction(actor, action)) {
        return refuseWithHelp(
          'This action is yours, so another manager must check that it is done.',
          managersOf(action),
        );
      }
      if (action.status !== 'completed') {
        return refuse(
          'invalid_transition',
          `Only a completed action can be ${command.kind === 'verify' ? 'verified' : 'reopened'}; this one is ${ACTION_STATUS_LABELS[action.status].toLowerCase()}.`,
        );
      }
      return command.kind === 'verify'
        ? moved(action, context, command.kind, 'verified', {})
        : moved(action, context, command.kind, 'in_progress', { completion: undefined }, command.reason);
    }

    case 'reassign':
      return reassigned(action, command, context);
  }
}

/**
 * An outstanding action handed to someone else by a manager of its district: to a current member of that
 * district (or a QA manager). An action not yet started goes back to open, so the new owner acknowledges it;
 * work already under way stays in progress with its notes. The step's note names the old and new owner and
 * why it moved, so the card's history and the audit trail both say it.
 */
function reassigned(
  action: Action,
  { newOwner, previousOwnerName, reason }: Extract<ActionCommand, { kind: 'reassign' }>,
  context: CommandContext,
): Outcome<Action> {
  if (!managesAction(context.actor, action)) {
    return refuseWithHelp(
      'Only a manager for this district can give an action to someone else.',
      managersOf(action),
      'not_allowed',
      { actionId: action._id },
    );
  }
  if (!isOutstanding(action)) return alreadyPast(action, 'given to someone else');
  if (newOwner.leftAt) {
    return refuse('invalid_input', `${newOwner.displayName} has left, so they cannot take on an action.`);
  }
  if (newOwner._id === action.ownerId) {
    return refuse('invalid_input', `${newOwner.displayName} owns this action already.`, { actionId: action._id });
  }
  if (!worksInDistrict(actorFor(newOwner), action.districtId)) {
    return refuse(
      'invalid_input',
      `${newOwner.displayName} does not work in this action’s district, so it cannot be given to them.`,
      { actionId: action._id },
    );
  }
  const status = action.status === 'acknowledged' ? 'open' : action.status;
  return moved(
    action,
    context,
    'reassign',
    status,
    { ownerId: newOwner._id, acknowledgedAt: status === 'open' ? undefined : action.acknowledgedAt },
    // Names for the people reading the history; who exactly is kept as ids (previousOwnerId, the new ownerId).
    `Owner: ${previousOwnerName} → ${newOwner.displayName}. Why: ${reason}`,
    { previousOwnerId: action.ownerId },
  );
}

function isOutstanding(action: Action): boolean {
  return OUTSTANDING_ACTION_STATUSES.includes(action.status);
}

function moved(
  action: Action,
  context: CommandContext,
  transition: ActionCommand['kind'],
  to: ActionStatus,
  changes: Partial<Action>,
  note?: string,
  facts: Pick<HistoryEntry, 'previousOwnerId'> = {},
): Outcome<Action> {
  const entry = {
    commandId: context.commandId,
    transition,
    actorId: context.actor.id,
    at: context.now,
    from: action.status,
    to,
    ...(note === undefined ? {} : { note }),
    ...facts,
  };
  const next: Action = { ...action, ...changes, status: to, history: [...action.history, entry] };
  // Optional fields set to undefined are removed, so the stored document has no nulls.
  if (next.dateChangeRequest === undefined) delete next.dateChangeRequest;
  if (next.completion === undefined) delete next.completion;
  if (next.acknowledgedAt === undefined) delete next.acknowledgedAt;
  return succeed(next);
}

function notYours(action: Action): Outcome<Action> {
  return refuseWithHelp(
    'Only the owner of this action or a manager for its district can do that.',
    { kind: 'action_owner', ownerId: action.ownerId, districtId: action.districtId },
    'not_allowed',
    { actionId: action._id },
  );
}

/** Whom to ask about a step only the action's district managers take. */
function managersOf(action: Action): HelpFrom {
  return districtManagersHelp(action.districtId);
}

function alreadyPast(action: Action, verb: string): Outcome<Action> {
  return refuse(
    'invalid_transition',
    `This action is ${ACTION_STATUS_LABELS[action.status].toLowerCase()}, so it cannot be ${verb} now.`,
    { actionId: action._id, status: action.status },
  );
}
