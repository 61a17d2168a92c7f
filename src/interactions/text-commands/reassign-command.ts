import { readActionReference } from '../../domain/action/action-reference.js';
import { maySeeAction, mayReassignActions } from '../../domain/action/permissions.js';
import { readReassignCommand } from '../../domain/action/read-reassign-command.js';
import { reassignActionSubmissionSchema } from '../../domain/forms/reassign-action.js';
import { actorFor } from '../../domain/people/actor.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { idForCommand } from '../../domain/shared/new-id.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { reassignFormFor } from '../present/reassign-form.js';
import type { Reply } from '../reply.js';
import { giveActionToSomeoneElse } from '../verbs/action-reassign.js';
import { chatCommand } from './chat-command.js';
import type { TextMessage } from './text-message.js';

const WHICH_ACTION =
  'Actions are named by the reference on their card and in answers such as “my actions”, e.g. “reassign A-12 to Dan Reeves because …”.';

/**
 * "reassign A-12 to Dan Reeves because …": a manager gives an action to someone else in words. Without a
 * reason, or with more than one person of that name, the Reassign form comes back filled in with what was
 * understood, asking for the rest.
 */
export const reassignCommand = chatCommand(
  (text) => readReassignCommand(text),
  async (deps, message, read, now): Promise<Outcome<Reply>> => {
    const actor = actorFor(message.person);
    const allowed = mayReassignActions(actor);
    if (!allowed.ok) return allowed;
    const reference = readActionReference(read.reference);
    if (!reference) return refuse('invalid_input', `“${read.reference}” is not an action reference. ${WHICH_ACTION}`);
    const action = await deps.stores.actions.findByReference(reference);
    if (!action || !maySeeAction(actor, action)) {
      return refuse('not_found', `No action ${reference} was found among those you can see. ${WHICH_ACTION}`);
    }
    const newOwner = await whoIsMeant(deps, message, read.name);
    if (!newOwner.ok) return newOwner;
    const submitted = reassignActionSubmissionSchema.safeParse({
      ...(newOwner.value ? { newOwnerId: newOwner.value } : {}),
      reason: read.reason,
    });
    if (!submitted.success) {
      const errors = Object.fromEntries(
        submitted.error.issues.map((issue) => [String(issue.path[0] ?? 'form'), issue.message] as const),
      );
      const severalCalled = newOwner.value ? {} : { newOwnerId: `Several people are called ${read.name}: choose one.` };
      return reassignFormFor(deps.stores, message.person, action, {
        values: { ...(newOwner.value ? { newOwnerId: newOwner.value } : {}), reason: read.reason },
        errors: { ...errors, ...severalCalled },
      });
    }
    // The same message delivered again, before anything else happened to the action, is the same command.
    const commandId = idForCommand(
      'reassign',
      [message.person._id, action._id, action.version, submitted.data.newOwnerId, submitted.data.reason].join('\n'),
    );
    return giveActionToSomeoneElse(deps, { person: message.person, actor, commandId, now }, action._id, submitted.data);
  },
);

/** The person a name (or the mention in its place) means: their id, or null when several share the name. */
async function whoIsMeant(deps: InteractionDeps, message: TextMessage, name: string): Promise<Outcome<string | null>> {
  const mentioned = message.mentions?.find((mention) => mention.personId)?.personId;
  if (mentioned) return succeed(mentioned);
  const named = await deps.stores.people.named(name);
  // A leaver of the same name as someone current is not who is meant; a leaver alone is told to have left.
  const current = named.filter((person) => !person.leftAt);
  const candidates = current.length > 0 ? current : named;
  const [only] = candidates;
  if (!only) {
    return refuse(
      'not_found',
      `Nobody called “${name}” is registered. Check the spelling, or choose them on the action’s Reassign button.`,
    );
  }
  return succeed(candidates.length === 1 ? only._id : null);
}
