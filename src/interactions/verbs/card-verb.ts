import type { z } from 'zod/v4';
import type { FormState } from '../../cards/card-data.js';
import type { Actor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import type { Outcome } from '../../domain/shared/domain-error.js';
import type { Permission } from '../../domain/shared/permission.js';
import type { InteractionDeps } from '../interaction-deps.js';
import type { Reply } from '../reply.js';

/** Which record a form is about, as a button's data names it. */
export interface FormRecordIds {
  readonly challengeDayId?: string;
  readonly actionId?: string;
  readonly reportId?: string;
  readonly actionKey?: string;
  readonly districtId?: string;
  readonly teamId?: string;
  readonly personId?: string;
  /** A year's programme of Challenge Days: "2027". */
  readonly year?: string;
}

/**
 * Renders the form whose inputs a verb submits, for the record it is about: new (a button opened it), or
 * again with what the person typed and what to correct. A record the person may not use is "not found".
 */
export type FormRenderer = (
  deps: InteractionDeps,
  person: Person,
  ids: FormRecordIds,
  state: FormState<string>,
) => Promise<Outcome<Reply>>;

/** One card verb's request: who acted (from the authenticated platform identity), on what, with what. */
export interface VerbRequest<Context, Submission> {
  readonly person: Person;
  readonly actor: Actor;
  readonly context: Context;
  readonly submission: Submission;
  /** Unique per submission and the same when the platform delivers it again; derives stored ids. */
  readonly commandId: string;
  readonly now: Date;
  /** Renders another verb's form by its name (the `form.open` button); "not found" for a verb with none. */
  readonly openForm: (verb: string, ids: FormRecordIds) => Promise<Outcome<Reply>>;
}

/**
 * Everything about one card verb, in one module: the name its buttons carry, the record data its card
 * carries and the inputs it submits (both zod schemas, strict), the form it is submitted from, who may use it
 * at all (a decision of the domain's permissions; the record-level checks happen in the domain command the
 * handler calls), and the handler. A module without one of these pieces does not compile.
 */
export interface CardVerbModule<Name extends string, Context extends z.ZodObject, Submission extends z.ZodType> {
  readonly name: Name;
  readonly context: Context;
  readonly submission: Submission;
  /** The form its inputs come from, shown again when they need correcting; null for a button without inputs. */
  readonly form: FormRenderer | null;
  readonly mayUse: (actor: Actor) => Permission;
  /** Answers the person; a refusal is a failed Outcome, turned into their answer by the one boundary. */
  readonly handle: (
    deps: InteractionDeps,
    request: VerbRequest<z.output<Context>, z.output<Submission>>,
  ) => Promise<Outcome<Reply>>;
}

/** Declares a verb module with its types inferred from its schemas. */
export function defineVerb<Name extends string, Context extends z.ZodObject, Submission extends z.ZodType>(
  module: CardVerbModule<Name, Context, Submission>,
): CardVerbModule<Name, Context, Submission> {
  return module;
}
