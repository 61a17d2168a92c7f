import type { PacingClock } from '../../src/outbox/pacing-clock.js';

interface Sleeper {
  readonly until: number;
  readonly wake: () => void;
}

/**
 * A pacing clock for tests: time stands still until someone sleeps, then jumps to the earliest wake-up
 * instead of waiting for it. Pacing tests run at full speed and read arrival times on this clock, so they
 * check the spacing the pacer keeps, not how fast the machine is.
 */
export class VirtualPacingClock implements PacingClock {
  private current: number;
  private readonly sleepers: Sleeper[] = [];
  private advancing = false;

  constructor(startMs: number) {
    this.current = startMs;
  }

  now = (): number => this.current;

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const sleeper: Sleeper = { until: this.current + ms, wake: resolve };
      this.sleepers.push(sleeper);
      signal?.addEventListener(
        'abort',
        () => {
          const waiting = this.sleepers.indexOf(sleeper);
          if (waiting !== -1) this.sleepers.splice(waiting, 1);
          resolve();
        },
        { once: true },
      );
      this.advanceSoon();
    });
  }

  /** After whatever is under way has had its turn, moves to the earliest wake-up and wakes who is due. */
  private advanceSoon(): void {
    if (this.advancing) return;
    this.advancing = true;
    setImmediate(() => {
      this.advancing = false;
      if (this.sleepers.length === 0) return;
      const earliest = Math.min(...this.sleepers.map((sleeper) => sleeper.until));
      this.current = Math.max(this.current, earliest);
      for (const sleeper of this.sleepers.filter((waiting) => waiting.until <= this.current)) {
        this.sleepers.splice(this.sleepers.indexOf(sleeper), 1);
        sleeper.wake();
      }
      if (this.sleepers.length > 0) this.advanceSoon();
    });
  }
}
