import type { HelpFrom } from './who-can-help.js';

/**
 * Why a command was refused. Each reason has a message written for the person who caused it; channels
 * show that message as it is and map the reason to their own status codes with an exhaustive switch.
 */
export type DomainErrorReason =
  'not_allowed' | 'invalid_transition' | 'conflict' | 'not_found' | 'invalid_input' | 'not_registered';

export class DomainError extends Error {
  constructor(
    readonly reason: DomainErrorReason,
    /** Shown to the person as it is: plain words, what happened and what they can do. */
    readonly userMessage: string,
    readonly details: Readonly<Record<string, string>> = {},
    /** Who can help the person refused; the boundary names them after the message (who-can-help.ts). */
    readonly help?: HelpFrom,
  ) {
    super(userMessage);
    this.name = 'DomainError';
  }
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export const succeed = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refuse = <T = never>(
  reason: DomainErrorReason,
  userMessage: string,
  details?: Record<string, string>,
): Outcome<T> => ({ ok: false, error: new DomainError(reason, userMessage, details) });
