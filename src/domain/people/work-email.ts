import { z } from 'zod/v4';

/**
 * A work email address as a person's record holds it. Addresses are compared without regard to case (a
 * directory may give `Priya.Patel@…` where the record says `priya.patel@…`), so it is kept in lower case:
 * one spelling per address, which is what the people store's "find by email" index looks up.
 */
export const workEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address, e.g. priya.patel@derbyshire.gov.uk');

/** The form two addresses are compared in: trimmed, lower case. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Whether two addresses are the same mailbox as people write them (case does not count). */
export function sameEmail(a: string, b: string): boolean {
  return emailKey(a) === emailKey(b);
}
