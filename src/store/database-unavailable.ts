/**
 * The driver's errors for a database that did not answer: down, restarting, unreachable, or its connection
 * pool cleared. Unlike a refused write, the same request can succeed in a minute, so the person's entry is
 * kept for them to send again.
 */
const UNAVAILABLE_ERRORS =
  /^(MongoServerSelectionError|MongoNetworkError|MongoNetworkTimeoutError|MongoTopologyClosedError|PoolClearedError|MongoPoolClearedError)$/;

export function isDatabaseUnavailable(error: unknown): boolean {
  return error instanceof Error && UNAVAILABLE_ERRORS.test(error.name);
}
