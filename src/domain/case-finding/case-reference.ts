import { z } from 'zod/v4';
import { IDENTITY_DATA_MESSAGES, findIdentityData } from './identity-patterns.js';

/**
 * A case reference as the case management system writes it: letters, digits and separators, at least one
 * digit, e.g. "CR-104233" or "MAT/2291". Stored upper-cased so the same case is never counted twice.
 */
const CASE_REFERENCE_SHAPE = /^(?=.*\d)[A-Z0-9][A-Z0-9/-]{2,23}$/;

export const CASE_REFERENCE_FORMAT_MESSAGE =
  'Enter the case reference from the case record (letters, digits and - or /, e.g. CR-104233).';

/** Checks one case reference; the message is written for the person who typed it. */
export function checkCaseReference(input: string): { ok: true; reference: string } | { ok: false; message: string } {
  const trimmed = input.trim();
  const identity = findIdentityData(trimmed);
  if (identity) return { ok: false, message: IDENTITY_DATA_MESSAGES[identity] };
  const reference = trimmed.toUpperCase();
  if (!CASE_REFERENCE_SHAPE.test(reference)) return { ok: false, message: CASE_REFERENCE_FORMAT_MESSAGE };
  return { ok: true, reference };
}

/** The zod form of checkCaseReference, for every schema that has a case-reference field. */
export const caseReferenceSchema = z
  .string()
  .max(64)
  .transform((value, ctx) => {
    const checked = checkCaseReference(value);
    if (!checked.ok) {
      ctx.addIssue({ code: 'custom', message: checked.message });
      return z.NEVER;
    }
    return checked.reference;
  });
