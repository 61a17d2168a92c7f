/**
 * The time the outbox paces its calls by. It is not the bot's business clock (which tests freeze and move by
 * days): pacing needs time that passes by itself, so the system clock in production, and a virtual clock in
 * tests that jumps ahead instead of waiting.
 */
export interface PacingClock {
  /** Milliseconds on a clock that never goes back. */
  now(): number;
  /** Resolves after `ms`, or at once when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemPacingClock: PacingClock = {
  now: () => performance.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    }),
};
