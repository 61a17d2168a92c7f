/** 1 s, 2 s, 4 s … up to 5 minutes, with jitter (half the step at random) so many retries spread out. */
export function backoffMs(failures: number): number {
  const ceiling = Math.min(300_000, 1000 * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}
