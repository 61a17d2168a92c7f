import { readCardAction } from '../cards/read-card-action.js';
import type { CardVerb } from '../cards/verbs.js';
import type { OpenableForm } from '../cards/openable-forms.js';
import { actorFor } from '../domain/people/actor.js';
import type { Person } from '../domain/people/person.js';
import type { InteractionDeps } from './interaction-deps.js';
import {
  actionAcknowledged,
  actionCompleted,
  actionDateChangeApproved,
  actionDateChangeDeclined,
  actionDateChangeRequested,
  actionProgressAdded,
  actionReopened,
  actionVerified,
} from './card-actions/action-actions.js';
import { findingSubmitted, focusGroupSubmitted, visitSubmitted } from './card-actions/capture-actions.js';
import { formOpened, queryPaged } from './card-actions/navigation-actions.js';
import { noticeReplied } from './card-actions/notice-actions.js';
import { planSubmitted, planUpdated } from './card-actions/plan-actions.js';
import {
  reportActionChanged,
  reportApproved,
  reportPaged,
  reportReturned,
  reportSubmitted,
} from './card-actions/report-actions.js';
import type { VerbHandler, VerbHandlers, VerbRequest } from './card-actions/verb-handler.js';
import { replyForFailure } from './failures.js';
import { errorReply } from './present/message-cards.js';
import { formCard, type FormRecordIds } from './present/form-cards.js';
import type { Reply } from './reply.js';

/** Every card verb and its handler; a verb without one fails the build. */
const HANDLERS: VerbHandlers = {
  'plan.submit': planSubmitted,
  'plan.update': planUpdated,
  'notice.reply': noticeReplied,
  'finding.submit': findingSubmitted,
  'focusGroup.submit': focusGroupSubmitted,
  'visit.submit': visitSubmitted,
  'action.acknowledge': actionAcknowledged,
  'action.requestDateChange': actionDateChangeRequested,
  'action.addProgress': actionProgressAdded,
  'action.complete': actionCompleted,
  'action.approveDateChange': actionDateChangeApproved,
  'action.declineDateChange': actionDateChangeDeclined,
  'action.verify': actionVerified,
  'action.reopen': actionReopened,
  'report.editAction': reportActionChanged,
  'report.page': reportPaged,
  'report.submit': reportSubmitted,
  'report.approve': reportApproved,
  'report.return': reportReturned,
  'query.page': queryPaged,
  'form.open': formOpened,
};

/** The form a verb's inputs come from, to show again when what was entered needs correcting. */
const FORM_OF: Partial<Record<CardVerb, OpenableForm>> = {
  'plan.submit': 'plan',
  'plan.update': 'plan',
  'notice.reply': 'notice-reply',
  'finding.submit': 'case-finding',
  'focusGroup.submit': 'focus-group',
  'visit.submit': 'observed-visit',
  'action.requestDateChange': 'action-request-date-change',
  'action.addProgress': 'action-add-progress',
  'action.complete': 'action-complete',
  'action.declineDateChange': 'action-decline-date-change',
  'action.reopen': 'action-reopen',
  'report.editAction': 'report-action',
};

export interface CardActionRequest {
  /** The registered person behind the authenticated platform identity; never taken from the card. */
  readonly person: Person;
  readonly verb: unknown;
  /** The card's submitted data: the button's data with the inputs (Teams), or the modal's mapped values. */
  readonly payload: unknown;
  readonly commandId: string;
}

/**
 * Handles a button pressed or a form submitted on any card, the same for Teams and Slack: the data is
 * checked by the verb's schemas before anything else touches it; what the person typed comes back with
 * the errors when it needs correcting; a refusal or failure is explained, with their entry kept.
 */
export async function handleCardAction(deps: InteractionDeps, request: CardActionRequest): Promise<Reply> {
  const read = readCardAction(request.verb, request.payload);
  const typed = typedEntry(request.payload);
  if (!read.ok) {
    switch (read.reason) {
      case 'unknown_verb':
      case 'bad_context':
        return errorReply(
          'This card is out of date',
          'This card cannot be used any more. Ask the bot again (type "help").',
          typed,
        );
      case 'invalid_input': {
        const form = FORM_OF[read.verb];
        const ids = idsIn(request.payload);
        if (!form) return errorReply('Please check your entry', Object.values(read.errors).join(' '), typed);
        try {
          return await formCard(deps, request.person, form, ids, { values: read.values, errors: read.errors });
        } catch (error) {
          return replyForFailure(error, { verb: read.verb, typed, retryData: stringData(request.payload) });
        }
      }
    }
  }
  const handler = HANDLERS[read.verb] as VerbHandler<CardVerb>;
  const verbRequest: VerbRequest<CardVerb> = {
    person: request.person,
    actor: actorFor(request.person),
    context: read.context,
    submission: read.submission,
    commandId: request.commandId,
    now: deps.now(),
  };
  try {
    return await handler(deps, verbRequest);
  } catch (error) {
    return replyForFailure(error, { verb: read.verb, typed, retryData: stringData(request.payload) });
  }
}

/**
 * The answer to a card action that failed before it could be handled — the channel could not find who sent
 * it because the database did not answer — with the person's entry kept, as handleCardAction keeps it.
 */
export function cardActionFailed(error: unknown, verb: unknown, payload: unknown): Reply {
  return replyForFailure(error, { verb: String(verb), typed: typedEntry(payload), retryData: stringData(payload) });
}

/**
 * The form a button's verb submits, rendered for the record in its data — for channels that show a form
 * only when a button is pressed (Slack opens it as a modal). Null when the verb needs no form.
 */
export async function formForVerb(
  deps: InteractionDeps,
  person: Person,
  verb: unknown,
  payload: unknown,
  prefill: Readonly<Record<string, string>> = {},
): Promise<Reply | null> {
  const form = typeof verb === 'string' ? FORM_OF[verb as CardVerb] : undefined;
  if (!form) return null;
  try {
    return await formCard(
      deps,
      person,
      form,
      idsIn(payload),
      Object.keys(prefill).length > 0 ? { values: prefill } : {},
    );
  } catch (error) {
    return replyForFailure(error, { verb: String(verb), typed: {}, retryData: {} });
  }
}

/**
 * The payload's text fields, to send again with "Try again". The verb is left out: the retry button names
 * it, and a second `verb` in its data would break the card.
 */
function stringData(payload: unknown): Record<string, string> {
  if (typeof payload !== 'object' || payload === null) return {};
  return Object.fromEntries(
    Object.entries(payload).flatMap(([key, value]) =>
      typeof value === 'string' && !key.startsWith('$') && key !== 'verb'
        ? [[key.slice(0, 64), value.slice(0, 4000)]]
        : [],
    ),
  );
}

/** What the person typed, for the error card; ids and the verb are not theirs to see. */
function typedEntry(payload: unknown): Record<string, string> {
  const {
    verb: _verb,
    challengeDayId: _day,
    actionId: _action,
    reportId: _report,
    actionKey: _actionKey,
    form: _form,
    ...entered
  } = stringData(payload);
  return entered;
}

function idsIn(payload: unknown): FormRecordIds {
  const data = stringData(payload);
  return {
    ...(data.challengeDayId ? { challengeDayId: data.challengeDayId } : {}),
    ...(data.actionId ? { actionId: data.actionId } : {}),
    ...(data.reportId ? { reportId: data.reportId } : {}),
    ...(data.actionKey ? { actionKey: data.actionKey } : {}),
  };
}
