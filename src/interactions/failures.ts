import { DomainError } from '../domain/shared/domain-error.js';
import { isDatabaseUnavailable } from '../store/database-unavailable.js';
import { AnswerTimedOut } from './answer-timed-out.js';
import type { Reply } from './reply.js';
import { errorReply } from './present/message-cards.js';

const UNAVAILABLE =
  'Could not save just now — the bot cannot reach its database. Your entry is kept below; try again in a minute.';

const UNAVAILABLE_IN_FORM =
  'Could not save just now — the bot cannot reach its database. Your entry is kept here; submit again in a minute.';

const UNAVAILABLE_FOR_TEXT =
  'The bot cannot reach its database just now, so it cannot answer that. Please ask again in a minute.';

/** True when the database did not answer (down, hung, unreachable), rather than refusing the write. */
function databaseDidNotAnswer(error: unknown): boolean {
  return error instanceof AnswerTimedOut || isDatabaseUnavailable(error);
}

/**
 * Turns a refusal or failure into what the person sees. A DomainError's message is already written for
 * them; a database that is down gets "your entry is kept — try again" with the entry and a retry button;
 * anything else is a fault of ours, said plainly without details.
 */
export function replyForFailure(
  error: unknown,
  entry: { verb: string; typed: Readonly<Record<string, string>>; retryData: Readonly<Record<string, string>> },
): Reply {
  if (error instanceof DomainError) {
    const canRetry = error.reason === 'conflict';
    return errorReply(
      titleFor(error),
      error.userMessage,
      entry.typed,
      canRetry ? { verb: entry.verb, data: entry.retryData } : null,
    );
  }
  if (databaseDidNotAnswer(error)) {
    // A question or command typed in chat has no entry to keep: saying "not saved" would mislead.
    if (entry.verb === 'text') return errorReply('No answer just now', UNAVAILABLE_FOR_TEXT, {}, null);
    return {
      ...errorReply('Not saved yet', UNAVAILABLE, entry.typed, { verb: entry.verb, data: entry.retryData }),
      // A form that stays open (a Slack modal) shows this instead, above the entry it still holds.
      fieldErrors: { form: UNAVAILABLE_IN_FORM },
    };
  }
  return errorReply(
    'Something went wrong',
    'The bot could not finish this. Your entry is kept below; please try again, and tell the QA team if it keeps happening.',
    entry.typed,
    { verb: entry.verb, data: entry.retryData },
  );
}

function titleFor(error: DomainError): string {
  switch (error.reason) {
    case 'not_allowed':
      return 'Not allowed';
    case 'not_found':
      return 'Not found';
    case 'conflict':
      return 'Changed by someone else';
    case 'invalid_transition':
      return 'Not possible now';
    case 'invalid_input':
      return 'Please check your entry';
    case 'not_registered':
      return 'You are not registered';
  }
}
