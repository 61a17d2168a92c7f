import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeLoopback, listenOnLoopback, readRequestBody } from '../../test/fakes/loopback.js';

/** A published limit: at most `calls` calls in any `windowMs`, counted per key. */
export interface PlatformLimit {
  readonly key: string;
  readonly calls: number;
  readonly windowMs: number;
}

/**
 * A platform's rate limits in front of one of the loopback fakes: each call is counted against the limits
 * `limitsOf` names for it, as the platform counts them (a sliding window from the call's arrival); a call over
 * a limit is answered 429 with Retry-After, as Teams and Slack answer it, and never reaches the fake. On top,
 * every `injectEvery`-th call is answered 429 although it is within the limits, as the platforms sometimes do.
 */
export class PlatformLimits {
  /** Calls answered 429 because they were over a limit: a sender that keeps to the limits causes none. */
  overLimit = 0;
  /** Calls answered 429 by injection. */
  injected = 0;
  /** When each call that reached the fake arrived (ms since the epoch). */
  readonly forwardedAt: number[] = [];
  private readonly arrivals = new Map<string, number[]>();
  private seen = 0;
  private server = createServer((request, response) => void this.handle(request, response));
  baseUrl = '';

  constructor(
    private readonly target: string,
    private readonly limitsOf: (path: string, body: string) => readonly PlatformLimit[],
    private readonly injectEvery: number,
    /** What the platform says with its 429. */
    private readonly tooManyBody: unknown,
  ) {}

  async start(): Promise<this> {
    this.baseUrl = await listenOnLoopback(this.server);
    return this;
  }

  async stop(): Promise<void> {
    await closeLoopback(this.server);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readRequestBody(request);
    const path = request.url ?? '/';
    const limits = this.limitsOf(path, body);
    if (limits.length > 0) {
      const now = Date.now();
      if (limits.some((limit) => this.recent(limit, now).length >= limit.calls)) {
        this.overLimit += 1;
        return this.tooMany(response);
      }
      this.seen += 1;
      if (this.seen % this.injectEvery === 0) {
        this.injected += 1;
        return this.tooMany(response);
      }
      for (const limit of limits) this.recent(limit, now).push(now);
    }
    if (limits.length > 0) this.forwardedAt.push(Date.now());
    const forwarded = await fetch(new URL(path, this.target), {
      method: request.method ?? 'POST',
      headers: Object.fromEntries(
        Object.entries(request.headers).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'host',
        ),
      ),
      ...(body ? { body } : {}),
    });
    response.writeHead(forwarded.status, {
      'content-type': forwarded.headers.get('content-type') ?? 'application/json',
    });
    response.end(await forwarded.text());
  }

  private tooMany(response: ServerResponse): void {
    response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
    response.end(JSON.stringify(this.tooManyBody));
  }

  /** The arrivals counted under a limit within its window up to now, oldest dropped. */
  private recent(limit: PlatformLimit, now: number): number[] {
    const key = `${limit.key}/${limit.windowMs}`;
    const kept = (this.arrivals.get(key) ?? []).filter((at) => now - at < limit.windowMs);
    this.arrivals.set(key, kept);
    return kept;
  }
}
