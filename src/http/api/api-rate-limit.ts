import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * How many requests each API client may make a minute. Counted in this instance's memory: with several
 * instances behind a load balancer a client gets up to this many at each (documented in the README); a
 * shared count would cost a database write per request.
 */
export class ApiRateLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(perMinute: number) {
    this.limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  }

  /** Counts one request of `key`; null when it may go on, else the whole seconds to wait before the next. */
  async take(key: string): Promise<number | null> {
    try {
      await this.limiter.consume(key);
      return null;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    }
  }
}
