import { describe, expect, it } from 'vitest';
import {
  hashApiToken,
  looksLikeApiToken,
  newApiToken,
  sameTokenHash,
} from '../../../src/domain/api-access/api-token.js';
import { decodeCursor, encodeCursor } from '../../../src/domain/api-access/page-cursor.js';

describe('a page cursor', () => {
  it('reads back the position and moment it was made with', () => {
    const cursor = { after: 'action-42', asOf: new Date('2026-12-10T12:00:00.000Z') };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('is refused when it is not one the API gave: not base64url, not JSON, an operator for an id, extra fields', () => {
    const encoded = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
    for (const text of [
      'not a cursor!',
      Buffer.from('{"after":', 'utf8').toString('base64url'),
      encoded({ after: { $gt: '' }, asOf: '2026-12-10T12:00:00.000Z' }),
      encoded({ after: 'action-1', asOf: 'yesterday' }),
      encoded({ after: 'action-1', asOf: '2026-12-10T12:00:00.000Z', skip: 5 }),
      'A'.repeat(1001),
    ]) {
      expect(decodeCursor(text), text.slice(0, 40)).toBeNull();
    }
  });
});

describe('an API token', () => {
  it('is 256 random bits behind a recognisable prefix, different every time, stored as its SHA-256', () => {
    const [first, second] = [newApiToken(), newApiToken()];
    expect(first).toMatch(/^cdb_[A-Za-z0-9_-]{43}$/);
    expect(looksLikeApiToken(first)).toBe(true);
    expect(first).not.toBe(second);
    expect(hashApiToken(first)).toMatch(/^[0-9a-f]{64}$/);
    expect(sameTokenHash(hashApiToken(first), hashApiToken(first))).toBe(true);
    expect(sameTokenHash(hashApiToken(first), hashApiToken(second))).toBe(false);
    expect(sameTokenHash(hashApiToken(first), 'short')).toBe(false);
  });
});
