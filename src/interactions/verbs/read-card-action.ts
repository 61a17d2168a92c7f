import type { z } from 'zod/v4';
import { IDENTITY_DATA_MESSAGES } from '../../domain/case-finding/identity-patterns.js';
import { formFieldNames } from '../../domain/forms/strict-form.js';
import { CARD_VERBS, isCardVerb, type CardVerb, type VerbContext, type VerbSubmission } from './card-verbs.js';

/** What a person pressed, read and checked: the verb, the record it is about, and what they entered. */
export type CardAction = {
  [Verb in CardVerb]: { ok: true; verb: Verb; context: VerbContext<Verb>; submission: VerbSubmission<Verb> };
}[CardVerb];

export type CardActionProblem =
  /** Not a verb of ours: an old card, or a client sending something made up. */
  | { ok: false; reason: 'unknown_verb' }
  /** The button's own data is wrong: not the person's doing, so there is nothing for them to correct. */
  | { ok: false; reason: 'bad_context'; verb: CardVerb }
  /** What the person entered needs correcting; `errors` is keyed by input id, `values` is what they typed. */
  | {
      ok: false;
      reason: 'invalid_input';
      verb: CardVerb;
      errors: Record<string, string>;
      values: Record<string, string>;
    };

/**
 * Reads one card action the same way for both channels. `payload` is the flat object a card submits: the
 * button's data merged with the inputs (Teams), or the modal's mapped values merged with the button's data
 * (Slack). An Action.Submit fallback also carries `verb` in it, which is dropped here.
 */
export function readCardAction(verb: unknown, payload: unknown): CardAction | CardActionProblem {
  if (!isCardVerb(verb)) return { ok: false, reason: 'unknown_verb' };
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, reason: 'bad_context', verb };
  }
  const spec = CARD_VERBS[verb];
  const contextKeys = new Set(Object.keys(spec.context.shape));
  const fields = Object.entries(payload).filter(([key]) => key !== 'verb');
  // Built from entries, so a key named "__proto__" stays a key (and is refused) instead of setting a prototype.
  const context = Object.fromEntries(fields.filter(([key]) => contextKeys.has(key)));
  const entered = Object.fromEntries(fields.filter(([key]) => !contextKeys.has(key)));

  const checkedContext = spec.context.safeParse(context);
  if (!checkedContext.success) return { ok: false, reason: 'bad_context', verb };
  const checkedSubmission = (spec.submission as z.ZodType).safeParse(entered);
  if (!checkedSubmission.success) {
    const fields = new Set(formFieldNames(spec.submission as z.ZodType));
    const errors = errorsByInput(checkedSubmission.error, fields);
    return { ok: false, reason: 'invalid_input', verb, errors, values: typedValues(entered, errors, fields) };
  }
  return { ok: true, verb, context: checkedContext.data, submission: checkedSubmission.data } as CardAction;
}

/**
 * The first message for each input, keyed by its id, ready to show beside the input when the form is
 * re-sent. A problem with a field the form does not have (a tampered or stale card) is shown at the top
 * of the form, under `form`.
 */
function errorsByInput(error: z.ZodError, fields: ReadonlySet<string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path[0];
    const input = typeof path === 'string' && fields.has(path) ? path : 'form';
    errors[input] ??= issue.message;
  }
  return errors;
}

const IDENTITY_MESSAGES = new Set<string>(Object.values(IDENTITY_DATA_MESSAGES));

/**
 * What the person typed into the form's own inputs, as strings, so the form can be shown again with nothing
 * lost — except a value refused because it looks like a name, NHS number, date of birth or postcode: that
 * is never echoed back into a card. Keys the form does not have are never echoed either.
 */
function typedValues(
  entered: Record<string, unknown>,
  errors: Record<string, string>,
  fields: ReadonlySet<string>,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(entered)) {
    if (!fields.has(key) || IDENTITY_MESSAGES.has(errors[key] ?? '')) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      values[key] = String(value);
  }
  return values;
}
