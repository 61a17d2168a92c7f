/**
 * Loaded into a process under test (`node --import`): samples its resident set size every 50 ms and
 * answers the bench over the IPC channel with the current figure and the peak since the last reset.
 * Reading RSS costs tens of microseconds; at this rate that is under 0.2 % of one core.
 */
let peak = process.memoryUsage.rss();
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 50);
sampler.unref();

process.on('message', (message: unknown) => {
  const rss = process.memoryUsage.rss();
  if (message === 'memory') process.send?.({ kind: 'memory', rss, peak: Math.max(peak, rss) });
  if (message === 'reset-peak') {
    peak = rss;
    process.send?.({ kind: 'peak-reset' });
  }
});
// The channel must not keep the process alive: it stops when and how it would without the bench.
process.channel?.unref();
// If the bench itself dies, the process it started goes too, rather than holding its port.
process.on('disconnect', () => process.exit(1));
