import autocannon from 'autocannon';
import { percentile, roundTo } from './percentiles.js';

export interface LoadRequest {
  readonly method: 'POST' | 'GET';
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export interface LoadFigures {
  readonly connections: number;
  readonly requests: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly requestsPerSecond: number;
  /** Answers that were not 2xx, connection errors and timeouts, and 2xx answers whose body was wrong. */
  readonly failures: number;
}

/**
 * Sends a fixed number of requests over `connections` concurrent keep-alive connections with autocannon,
 * each request built fresh by `nextRequest` (so every one is a new submission, signed as the platform
 * signs it), and times each answer.
 */
export async function runLoad(options: {
  baseUrl: string;
  connections: number;
  requests: number;
  nextRequest: () => LoadRequest;
  /** Checks a 2xx answer's body; a false counts as a failure. */
  isRightAnswer?: (body: string) => boolean;
  /** How long one answer may take before it counts as timed out; 30 s unless said. */
  timeoutSeconds?: number;
}): Promise<LoadFigures> {
  const { isRightAnswer } = options;
  const latencies: number[] = [];
  const started = performance.now();
  // Timed to the last answer, not to autocannon's end: it reports its end at its next whole-second tick, which
  // made any run of 150 requests look like 150 or 75 a second.
  let lastAnswerAt = started;
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        amount: options.requests,
        timeout: options.timeoutSeconds ?? 30,
        requests: [{ setupRequest: (request) => ({ ...request, ...options.nextRequest() }) }],
        ...(isRightAnswer ? { verifyBody: (body) => isRightAnswer(String(body ?? '')) } : {}),
      },
      (error: unknown, finished) => (error ? fail(error) : done(finished)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
      lastAnswerAt = performance.now();
    });
  });
  const seconds = (lastAnswerAt - started) / 1000;
  return {
    connections: options.connections,
    requests: latencies.length,
    p50Ms: roundTo(percentile(latencies, 50), 1),
    p95Ms: roundTo(percentile(latencies, 95), 1),
    p99Ms: roundTo(percentile(latencies, 99), 1),
    maxMs: roundTo(Math.max(...latencies), 1),
    requestsPerSecond: roundTo(latencies.length / seconds, 1),
    failures: result.non2xx + result.errors + result.timeouts + result.mismatches,
  };
}
