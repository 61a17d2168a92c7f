/**
 * The rate a limit of `perWindow` calls in any window of `windowMs` was used at: over the whole windows from
 * the first call to the last, counted from the first call, the mean number of calls per window. A sender that
 * used every window to the full scores `perWindow`, whether it sends in bursts (the whole window's calls at
 * once) or evenly. What falls after the last whole window (the retry a platform's Retry-After holds back to
 * the end) is left out, rather than stretching the figure over time the sender was told to wait.
 */
export function callsPerWindow(arrivals: readonly number[], windowMs: number): number {
  if (arrivals.length === 0) return 0;
  const first = Math.min(...arrivals);
  const wholeWindows = Math.floor((Math.max(...arrivals) - first) / windowMs);
  if (wholeWindows === 0) return arrivals.length;
  const within = arrivals.filter((at) => at - first < wholeWindows * windowMs).length;
  return within / wholeWindows;
}
