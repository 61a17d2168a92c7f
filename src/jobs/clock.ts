import cron, { type RunCoordinator, type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.js';
import { SERVICE_TIME_ZONE } from '../domain/shared/london-time.js';

/** A minute's tick is held by the instance that took it for a little under a minute. */
const TICK_LEASE_MS = 55_000;

/**
 * The bot's only clock. It just ticks, once a minute in Europe/London time, and once at start so that
 * anything that fell due while the bot was down is caught up at once. What is due lives in MongoDB; a tick
 * that is still running when the next one comes is skipped, not doubled.
 *
 * Stopping tells the tick in progress to take on nothing more (its signal is aborted) and waits for it, so
 * no work is left claimed by a process that is gone.
 *
 * Given a run coordinator, node-cron asks it before each minute's tick and skips the tick when another
 * instance has taken it; the tick at start always runs, to catch up.
 */
export function startClock(
  tick: (stopping: AbortSignal) => Promise<void>,
  logger: Logger,
  coordinator?: RunCoordinator,
): { stop(): Promise<void> } {
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
    // With several instances, one of them takes each minute's tick (see store/clock-ticks.ts).
    ...(coordinator ? { distributed: true, runCoordinator: coordinator, distributedLease: TICK_LEASE_MS } : {}),
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
