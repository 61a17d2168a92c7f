import { refuse, succeed, type Outcome } from './domain-error.js';

/**
 * A decision on whether someone may do something: allowed, or refused with the sentence they read. It is
 * an Outcome, so a domain function passes a refusal straight on (`if (!allowed.ok) return allowed`).
 */
export type Permission = Outcome<true>;

export const ALLOWED: Permission = succeed(true);

/** Allowed when `condition` holds; otherwise refused as not allowed, with `refusal` for the person. */
export function allowedIf(condition: boolean, refusal: string): Permission {
  return condition ? ALLOWED : refuse('not_allowed', refusal);
}

/**
 * For a verb open to every registered person: whether they may act on the record it names is decided by
 * the domain command itself (the action's owner, the day's audit team), which knows the record.
 */
export function anyRegisteredPerson(): Permission {
  return ALLOWED;
}
