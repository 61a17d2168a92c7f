import type { Actor } from '../people/actor.js';
import type { Action } from './action.js';
import { applyActionCommand, type ActionCommand, type NewOwner } from './lifecycle.js';

/** The steps a person may take on an action now, one flag each: the buttons a card of it offers them. */
export interface AllowedActionSteps {
  readonly acknowledge: boolean;
  readonly requestDateChange: boolean;
  readonly addProgress: boolean;
  readonly complete: boolean;
  readonly approveDateChange: boolean;
  readonly declineDateChange: boolean;
  readonly verify: boolean;
  readonly reopen: boolean;
  readonly reassign: boolean;
}

/**
 * Someone the reassign step would accept, to ask whether this person may reassign the action at all: whom
 * to is chosen on the form, and checked then.
 */
const ANY_NEW_OWNER = {
  _id: 'preview-new-owner',
  displayName: 'preview',
  roles: ['qa_manager'],
  districtIds: [],
} as const satisfies NewOwner;

/**
 * Which steps the person may take, each worked out by trying the step without saving it, so that a card
 * never offers what the lifecycle would refuse and the rules live only in lifecycle.ts.
 */
export function allowedActionSteps(action: Action, actor: Actor, now: Date): AllowedActionSteps {
  const allows = (command: ActionCommand) =>
    applyActionCommand(action, command, { actor, commandId: 'preview', now }).ok;
  const later = new Date(action.dueDate.getTime() + 30 * 86_400_000);
  return {
    acknowledge: allows({ kind: 'acknowledge' }),
    requestDateChange: allows({ kind: 'request_date_change', requestedDate: later, reason: 'preview' }),
    addProgress: allows({ kind: 'add_progress', note: 'preview' }),
    complete: allows({ kind: 'complete', evidence: 'preview' }),
    approveDateChange: allows({ kind: 'approve_date_change' }),
    declineDateChange: allows({ kind: 'decline_date_change', reason: 'preview' }),
    verify: allows({ kind: 'verify' }),
    reopen: allows({ kind: 'reopen', reason: 'preview' }),
    reassign: allows({ kind: 'reassign', newOwner: ANY_NEW_OWNER, previousOwnerName: 'preview', reason: 'preview' }),
  };
}
