/**
 * How long a platform asked us to wait, from a Retry-After header: either a number of seconds or an HTTP date.
 * A date is read against the response's own Date header when there is one, so a server clock that differs from
 * the platform's neither shortens nor stretches the wait. Undefined when the header says nothing usable.
 */
export function retryAfterMs(
  retryAfter: string | null | undefined,
  responseDate: string | null | undefined,
  nowMs: number,
): number | undefined {
  const value = retryAfter?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const until = Date.parse(value);
  if (Number.isNaN(until)) return undefined;
  const answeredAt = responseDate ? Date.parse(responseDate) : Number.NaN;
  return Math.max(0, until - (Number.isNaN(answeredAt) ? nowMs : answeredAt));
}
