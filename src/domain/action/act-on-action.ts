import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { alreadyApplied, type TransitionRecords } from '../shared/records.js';
import type { Action } from './action.js';
import { applyActionCommand, type ActionCommand, type CommandContext } from './lifecycle.js';
import { maySeeAction } from './permissions.js';

export type ActionRecords = TransitionRecords<Action>;

const NOT_FOUND =
  'That action was not found. It may have been removed, or it belongs to a district you do not work in.';
const CONFLICT =
  'Someone else changed this action a moment ago. Here is how it stands now; try again if it is still needed.';

/**
 * Carries out one command on an action: load it, apply the lifecycle rule, save it with a guard on its
 * version. Retrying the same command (same commandId) returns the first result and changes nothing;
 * of two different commands racing, one wins and the other is told of the conflict.
 */
export async function actOnAction(
  records: ActionRecords,
  actionId: string,
  command: ActionCommand,
  context: CommandContext,
): Promise<Outcome<{ action: Action; replayed: boolean }>> {
  const action = await records.findById(actionId);
  // An action in a district the person does not work in is "not found": its existence is not revealed.
  if (!action || !maySeeAction(context.actor, action)) {
    return refuse('not_found', NOT_FOUND, { actionId });
  }
  if (alreadyApplied(action, context.commandId)) return succeed({ action, replayed: true });

  const next = applyActionCommand(action, command, context);
  if (!next.ok) return next;

  const saved = await records.saveTransition(action, next.value);
  switch (saved.kind) {
    case 'saved':
      return succeed({ action: saved.entity, replayed: false });
    case 'replayed':
      return succeed({ action: saved.entity, replayed: true });
    case 'conflict':
      return refuse('conflict', CONFLICT, { actionId, status: saved.entity.status });
    case 'missing':
      return refuse('not_found', NOT_FOUND, { actionId });
  }
}
