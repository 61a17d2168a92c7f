const started = performance.now();

/** A line on stderr saying what the bench is doing, with the time since it started, so a slow step shows. */
export function progress(message: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[${seconds} s] ${message}\n`);
}
