import { displayDate } from '../../cards/display-time.js';
import type { Action } from '../../domain/action/action.js';
import type { ActionTurn } from '../../domain/action/whose-turn.js';
import { actorFor } from '../../domain/people/actor.js';
import type { OutgoingCard } from '../../outbox/platform-sender.js';
import type { Stores } from '../../store/stores.js';
import { actionCard } from './action-card.js';
import { peopleNames } from './people-names.js';
import { reportDraftCard } from './report-cards.js';
import { shortWhat } from './short-what.js';

/**
 * An action that has become this person's turn: the action card as they would open it, so its buttons are
 * the ones they may press (Approve / Refuse a date, Verify / Reopen), with a line saying why it came. Null
 * when the turn has passed before sending (someone else decided, or the date request was withdrawn).
 */
export async function actionTurnMessage(
  stores: Stores,
  actionId: string,
  turn: ActionTurn,
  personId: string,
  now: Date,
): Promise<OutgoingCard | null> {
  const [action, person] = await Promise.all([stores.actions.findById(actionId), stores.people.findById(personId)]);
  if (!action || !person || !stillTheirTurn(action, turn)) return null;
  const reply = await actionCard(stores, action, actorFor(person), now, 'person');
  const owner = (await peopleNames(stores, [action.ownerId])).get(action.ownerId) ?? 'The owner';
  return { card: reply.card, text: summaryOf(action, turn, owner) };
}

function stillTheirTurn(action: Action, turn: ActionTurn): boolean {
  switch (turn) {
    case 'decide_date_change':
      return action.dateChangeRequest !== undefined;
    case 'verify_completion':
      return action.status === 'completed';
    case 'date_change_approved':
    case 'date_change_declined':
    case 'verified':
    case 'reopened':
      return true;
  }
}

function summaryOf(action: Action, turn: ActionTurn, owner: string): string {
  const what = shortWhat(action.what);
  switch (turn) {
    case 'decide_date_change': {
      const asked = action.dateChangeRequest ? displayDate(action.dateChangeRequest.requestedDate) : 'a later date';
      return `${owner} asks to move an action from ${displayDate(action.dueDate)} to ${asked}; approve or refuse: ${what}`;
    }
    case 'verify_completion':
      return `${owner} has marked an action complete; check the evidence, then verify or reopen it: ${what}`;
    case 'date_change_approved':
      return `Your new date was approved; the action is now due ${displayDate(action.dueDate)}: ${what}`;
    case 'date_change_declined':
      return `Your request for a new date was refused; the action is still due ${displayDate(action.dueDate)}: ${what}`;
    case 'verified':
      return `Your action was verified as done: ${what}`;
    case 'reopened':
      return `Your action was reopened and is outstanding again: ${what}`;
  }
}

/**
 * A report a senior manager returned: the draft, as its QA manager opens it, with the comments shown and
 * each action ready to change before it is submitted again. Null once it is no longer in draft.
 */
export async function reportReturnedMessage(stores: Stores, reportId: string): Promise<OutgoingCard | null> {
  const report = await stores.reports.findById(reportId);
  if (!report || report.status !== 'draft') return null;
  const drafter = await stores.people.findById(report.draftedById);
  if (!drafter) return null;
  const draft = await reportDraftCard(stores, report, actorFor(drafter));
  if (!draft) return null;
  const latest = report.returns.at(-1);
  return {
    card: draft.card,
    text: `The report was returned to you${latest ? ` with comments: ${shortWhat(latest.comments)}` : ''}. Change it, then submit it again.`,
  };
}
