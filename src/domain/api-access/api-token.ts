import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Every token starts so, so a secret scanner (or a person) can tell what a leaked one is. */
const TOKEN_PREFIX = 'cdb_';

/**
 * A new client token: 256 random bits, base64url. It is shown once, to whoever adds the client, and never kept.
 */
export function newApiToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/**
 * What is stored of a token: its SHA-256, hex. A slow, salted password hash is for secrets people choose, which
 * can be guessed from a list; a 256-bit random token cannot be, so a fast hash is as safe and lets each request
 * find its client by one indexed read. Someone who reads the database gets hashes no one can turn back into
 * tokens.
 */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares two token hashes in constant time, so how long a refusal takes says nothing about a stored one. */
export function sameTokenHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Whether text looks like one of our tokens at all; anything else is refused before it is hashed. */
export function looksLikeApiToken(text: string): boolean {
  return /^cdb_[A-Za-z0-9_-]{43}$/.test(text);
}
