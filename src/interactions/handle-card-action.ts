import type { z } from 'zod/v4';
import type { FormState } from '../cards/card-data.js';
import { actorFor } from '../domain/people/actor.js';
import type { Person } from '../domain/people/person.js';
import { refuse, type Outcome } from '../domain/shared/domain-error.js';
import type { InteractionDeps } from './interaction-deps.js';
import { replyForFailure } from './failures.js';
import { errorReply } from './present/message-cards.js';
import type { Reply } from './reply.js';
import type { CardVerbModule, FormRecordIds, VerbRequest } from './verbs/card-verb.js';
import { CARD_VERBS, isCardVerb } from './verbs/card-verbs.js';
import { readCardAction } from './verbs/read-card-action.js';
import { withWhoCanHelp } from './who-can-help.js';

type AnyVerbModule = CardVerbModule<string, z.ZodObject, z.ZodType>;

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
 * checked by the verb's schemas before anything else touches it; the verb's permission is asked; what the
 * person typed comes back with the errors when it needs correcting; a refusal or failure is explained, with
 * their entry kept. This is the one place a verb's outcome becomes the person's answer.
 */
export async function handleCardAction(deps: InteractionDeps, request: CardActionRequest): Promise<Reply> {
  const read = readCardAction(request.verb, request.payload);
  const typed = typedEntry(request.payload);
  const failed = (error: unknown, verb: string) =>
    replyForFailure(error, { verb, typed, retryData: stringData(request.payload) });
  if (!read.ok) {
    switch (read.reason) {
      case 'unknown_verb':
      case 'bad_context':
        return outOfDate(typed);
      case 'invalid_input': {
        const form = verbModule(read.verb).form;
        if (!form) return errorReply('Please check your entry', Object.values(read.errors).join(' '), typed);
        const state = { values: read.values, errors: read.errors };
        return answer(
          deps,
          request.person,
          () => form(deps, request.person, idsIn(request.payload), state),
          (error) => failed(error, read.verb),
        );
      }
    }
  }
  const module = verbModule(read.verb);
  const actor = actorFor(request.person);
  const verbRequest: VerbRequest<unknown, unknown> = {
    person: request.person,
    actor,
    context: read.context,
    submission: read.submission,
    commandId: request.commandId,
    now: deps.now(),
    openForm: (verb, ids) => openForm(deps, request.person, verb, ids),
  };
  return answer(
    deps,
    request.person,
    async () => {
      const allowed = module.mayUse(actor);
      if (!allowed.ok) return allowed;
      const outcome = await module.handle(deps, verbRequest as Parameters<AnyVerbModule['handle']>[1]);
      const fieldErrors = outcome.ok || outcome.error.reason !== 'invalid_input' ? {} : outcome.error.details;
      if (!module.form || Object.keys(fieldErrors).length === 0) return outcome;
      // Refused field by field (e.g. a chosen person who has left): the form again, with the errors beside it.
      const again = await module.form(deps, request.person, idsIn(request.payload), {
        values: typed,
        errors: fieldErrors,
      });
      return again.ok ? again : outcome;
    },
    (error) => failed(error, read.verb),
  );
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
  const form = isCardVerb(verb) ? verbModule(verb).form : null;
  if (!form) return null;
  const state: FormState<string> = Object.keys(prefill).length > 0 ? { values: prefill } : {};
  return answer(
    deps,
    person,
    () => form(deps, person, idsIn(payload), state),
    (error) => replyForFailure(error, { verb: String(verb), typed: {}, retryData: {} }),
  );
}

/** A verb's form, for a `form.open` button or a command typed in chat; a verb without one is not a form. */
export async function openForm(
  deps: InteractionDeps,
  person: Person,
  verb: string,
  ids: FormRecordIds,
): Promise<Outcome<Reply>> {
  const form = isCardVerb(verb) ? verbModule(verb).form : null;
  if (!form) return refuse('invalid_input', 'That form cannot be opened here.');
  return form(deps, person, ids, {});
}

/**
 * Turns an outcome into the person's answer: a refusal in their words, naming who can help, a failure with
 * their entry kept.
 */
async function answer(
  deps: InteractionDeps,
  person: Person,
  work: () => Promise<Outcome<Reply>>,
  failed: (error: unknown) => Reply,
): Promise<Reply> {
  try {
    const outcome = await withWhoCanHelp(deps.stores, person, await work());
    return outcome.ok ? outcome.value : failed(outcome.error);
  } catch (error) {
    return failed(error);
  }
}

function verbModule(verb: keyof typeof CARD_VERBS): AnyVerbModule {
  return CARD_VERBS[verb] as AnyVerbModule;
}

function outOfDate(typed: Record<string, string>): Reply {
  return errorReply(
    'This card is out of date',
    'This card cannot be used any more. Ask the bot again (type "help").',
    typed,
  );
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
    districtId: _district,
    teamId: _team,
    personId: _person,
    year: _year,
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
    ...(data.districtId ? { districtId: data.districtId } : {}),
    ...(data.teamId ? { teamId: data.teamId } : {}),
    ...(data.personId ? { personId: data.personId } : {}),
    ...(data.year ? { year: data.year } : {}),
  };
}
