import type { District } from '../../domain/districts/district.js';
import type { InteractionDeps } from '../interaction-deps.js';
import type { Outcome } from '../../domain/shared/domain-error.js';
import type { Reply } from '../reply.js';
import type { TextMessage } from './text-message.js';

/** Carries out a command already read from a message. */
export type RunCommand = (deps: InteractionDeps, message: TextMessage, now: Date) => Promise<Outcome<Reply>>;

/**
 * A command written in words ("draw sample of 8 for Chesterfield", "draft the report for High Peak"): how
 * to recognise it, and what to do. Commands are tried in order before the message is read as a question.
 */
export type ChatCommand = (text: string, districts: readonly District[]) => RunCommand | null;

/** A command from its reader (null when the text is not this command) and what it does with what was read. */
export function chatCommand<Read>(
  read: (text: string, districts: readonly District[]) => Read | null | undefined,
  run: (deps: InteractionDeps, message: TextMessage, read: Read, now: Date) => Promise<Outcome<Reply>>,
): ChatCommand {
  return (text, districts) => {
    const found = read(text, districts);
    return found === null || found === undefined ? null : (deps, message, now) => run(deps, message, found, now);
  };
}
