import type { CardVerb, VerbContext, VerbSubmission } from '../../cards/verbs.js';
import type { Actor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import type { InteractionDeps } from '../interaction-deps.js';
import type { Reply } from '../reply.js';

/** One card verb's request: who acted (from the authenticated platform identity), on what, with what. */
export interface VerbRequest<Verb extends CardVerb> {
  readonly person: Person;
  readonly actor: Actor;
  readonly context: VerbContext<Verb>;
  readonly submission: VerbSubmission<Verb>;
  /** Unique per submission and the same when the platform delivers it again; derives stored ids. */
  readonly commandId: string;
  readonly now: Date;
}

/** Handles one verb; throws a DomainError for a refusal the person should read. */
export type VerbHandler<Verb extends CardVerb> = (deps: InteractionDeps, request: VerbRequest<Verb>) => Promise<Reply>;

export type VerbHandlers = { readonly [Verb in CardVerb]: VerbHandler<Verb> };
