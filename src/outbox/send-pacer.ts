import { Doorbell } from './doorbell.js';
import { systemPacingClock, type PacingClock } from './pacing-clock.js';

/** A limit a platform publishes: at most `calls` calls in any `windowMs`, counted per `key` (a chat, a tenant). */
export interface SendLimit {
  readonly key: string;
  readonly calls: number;
  readonly windowMs: number;
}

/** A slot under some limits; given back as soon as the platform has answered the call, or it failed. */
export interface SendPermit {
  release(): void;
}

interface WindowState {
  inFlight: number;
  /** When the calls counted under this limit finished, oldest first; only those of the last window are kept. */
  finishedAt: number[];
}

const WOKEN = 'woken';

/** Above this many remembered windows, the idle ones are forgotten. */
const SWEEP_ABOVE = 5_000;

/**
 * Keeps the outbox's calls inside each platform's published limits ("7 per second per conversation"), as a
 * sliding window per limit rather than a token bucket: a bucket that refills evenly still lets a full bucket
 * and its refill through inside one window, which is one call too many.
 *
 * A call holds its slot from the moment it starts until one window after the platform answered it. The
 * platform counts the call when it arrives, somewhere between those two moments, so however the network
 * delays one call and not the next, no window on the platform's side sees more calls than the limit.
 *
 * One pacer serves every run of an outbox worker, so pacing holds from one batch to the next. It lives in
 * memory: a second instance of the bot paces its own calls, and the platforms' 429s catch the overlap.
 */
export class SendPacer {
  private readonly windows = new Map<string, WindowState>();
  private readonly pausedUntil = new Map<string, number>();
  /** Rung whenever a call gives its slot back. */
  private readonly released = new Doorbell();

  constructor(private readonly clock: PacingClock = systemPacingClock) {}

  /** How long until a call under these limits may start; 0 when it may start now. */
  delayFor(limits: readonly SendLimit[], scope?: string): number {
    const now = this.clock.now();
    let delay = scope ? this.pauseLeft(scope, now) : 0;
    for (const limit of limits) delay = Math.max(delay, this.windowDelay(limit, now));
    return delay;
  }

  /**
   * Waits for a slot under every limit and takes it. Returns null, without waiting, when the slot is further
   * off than `maxWaitMs`: the caller should put the message back for later rather than hold on to it.
   */
  async take(
    limits: readonly SendLimit[],
    options: { readonly scope?: string; readonly maxWaitMs: number },
  ): Promise<SendPermit | null> {
    const startedAt = this.clock.now();
    for (;;) {
      const delay = this.delayFor(limits, options.scope);
      if (delay === 0) return this.occupy(limits);
      if (this.clock.now() - startedAt + delay > options.maxWaitMs) return null;
      await this.waitForChange(delay);
    }
  }

  /** Holds back every call in a scope (one conversation) for a while: the platform said "too many requests". */
  pause(scope: string, ms: number): void {
    const until = this.clock.now() + ms;
    this.pausedUntil.set(scope, Math.max(until, this.pausedUntil.get(scope) ?? 0));
  }

  private pauseLeft(scope: string, now: number): number {
    const until = this.pausedUntil.get(scope);
    if (until === undefined) return 0;
    if (until > now) return until - now;
    this.pausedUntil.delete(scope);
    return 0;
  }

  private windowDelay(limit: SendLimit, now: number): number {
    const state = this.windows.get(windowId(limit));
    if (!state) return 0;
    forgetBefore(state, now - limit.windowMs);
    const used = state.inFlight + state.finishedAt.length;
    if (used < limit.calls) return 0;
    // Every slot is taken by a call still under way: one frees a window after that call is answered.
    if (state.inFlight >= limit.calls) return limit.windowMs;
    const leavingFirst = state.finishedAt[used - limit.calls] ?? now;
    return leavingFirst + limit.windowMs - now;
  }

  private occupy(limits: readonly SendLimit[]): SendPermit {
    const states = limits.map((limit) => {
      const id = windowId(limit);
      const state = this.windows.get(id) ?? { inFlight: 0, finishedAt: [] };
      this.windows.set(id, state);
      state.inFlight += 1;
      return state;
    });
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const finishedAt = this.clock.now();
        for (const state of states) {
          state.inFlight -= 1;
          state.finishedAt.push(finishedAt);
        }
        this.sweepIfLarge(finishedAt);
        this.released.ring();
      },
    };
  }

  /** Sleeps until the delay is over or a call finishes (which may free a slot sooner). */
  private async waitForChange(delay: number): Promise<void> {
    const wakeUp = new AbortController();
    await Promise.race([this.clock.sleep(delay, wakeUp.signal), this.released.nextRing()]);
    // With a reason of our own: the default one is a DOMException, whose stack is costly to capture, and
    // every waiting call wakes at every release.
    wakeUp.abort(WOKEN);
  }

  private sweepIfLarge(now: number): void {
    if (this.windows.size <= SWEEP_ABOVE) return;
    for (const [id, state] of this.windows) {
      const windowMs = Number(id.slice(id.lastIndexOf('/') + 1));
      forgetBefore(state, now - windowMs);
      if (state.inFlight === 0 && state.finishedAt.length === 0) this.windows.delete(id);
    }
  }
}

function windowId(limit: SendLimit): string {
  return `${limit.key}|${limit.calls}/${limit.windowMs}`;
}

/** A call that finished at or before `cutoff` no longer counts in the window. */
function forgetBefore(state: WindowState, cutoff: number): void {
  let expired = 0;
  while (expired < state.finishedAt.length && (state.finishedAt[expired] ?? 0) <= cutoff) expired += 1;
  if (expired > 0) state.finishedAt.splice(0, expired);
}
