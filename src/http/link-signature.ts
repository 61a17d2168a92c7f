import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signature of a person-bound link: what the link opens (its kind, then its parts), for whom, until when.
 * Report and export links share the secret; the kind keeps a signature of one from ever fitting the other.
 */
export function linkSignature(secret: string, kind: string, parts: readonly string[]): string {
  return createHmac('sha256', secret)
    .update([kind, ...parts].join('\n'))
    .digest('hex');
}

/** Whether a link's signature is the expected one, compared in constant time. */
export function signatureMatches(expected: string, given: string): boolean {
  const want = Buffer.from(expected);
  const got = Buffer.from(given);
  return want.length === got.length && timingSafeEqual(want, got);
}
