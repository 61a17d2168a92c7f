import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../src/outbox/retry-after.js';

describe('reading Retry-After', () => {
  it('reads a number of seconds', () => {
    expect(retryAfterMs('7', null, 0)).toBe(7_000);
  });

  it('reads an HTTP date against the response’s own Date, whatever our clock says', () => {
    const answered = 'Tue, 01 Dec 2026 09:00:00 GMT';
    expect(retryAfterMs('Tue, 01 Dec 2026 09:00:12 GMT', answered, Date.parse('2030-01-01T00:00:00Z'))).toBe(12_000);
  });

  it('reads an HTTP date against our clock when the response has no Date, never as a negative wait', () => {
    const now = Date.parse('2026-12-01T09:00:00Z');
    expect(retryAfterMs('Tue, 01 Dec 2026 09:00:04 GMT', undefined, now)).toBe(4_000);
    expect(retryAfterMs('Tue, 01 Dec 2026 08:59:00 GMT', undefined, now)).toBe(0);
  });

  it('says nothing for a missing or unreadable header', () => {
    expect(retryAfterMs(undefined, null, 0)).toBeUndefined();
    expect(retryAfterMs('soon', null, 0)).toBeUndefined();
  });
});
