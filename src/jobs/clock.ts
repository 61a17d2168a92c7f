import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.js';
import { SERVICE_TIME_ZONE } from '../domain/shared/london-time.js';

/**
 * The bot's only clock. It just ticks, once a minute in Europe/London time, and once at start so that
 * anything that fell due while the bot was down is caught up at once. What is due lives in MongoDB; a tick
 * that is still running when the next one comes is skipped, not doubled.
 *
 * Stopping tells the tick in progress to take on nothing more (its signal is aborted) and waits for it, so
 * no work is left claimed by a process that is gone.
 */
export function startClock(tick: (stopping: AbortSignal) => Promise<void>, logger: Logger): { stop(): Promise<void> } {
  const stopping = new AbortController();
  const inProgress = new Set<Promise<void>>();
  const run = () => {
    if (stopping.signal.aborted) return Promise.resolve();
    const ticking = (async () => {
      try {
        await tick(stopping.signal);
      } catch (error) {
        logger.error({ error: String(error) }, 'clock tick failed');
      }
    })();
    inProgress.add(ticking);
    void ticking.finally(() => inProgress.delete(ticking));
    return ticking;
  };
  const task: ScheduledTask = cron.schedule('* * * * *', run, {
    timezone: SERVICE_TIME_ZONE,
    name: 'challenge-day-clock',
    noOverlap: true,
  });
  void run();
  return {
    stop: async () => {
      stopping.abort();
      await task.stop();
      await task.destroy();
      // node-cron's stop does not wait for a run in progress; the first tick is not cron's at all.
      await Promise.all(inProgress);
    },
  };
}
