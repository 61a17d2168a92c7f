import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.js';
import { SERVICE_TIME_ZONE } from '../domain/shared/london-time.js';

/**
 * The bot's only clock. It just ticks, once a minute in Europe/London time, and once at start so that
 * anything that fell due while the bot was down is caught up at once. What is due lives in MongoDB; a tick
 * that is still running when the next one comes is skipped, not doubled.
 */
export function startClock(tick: () => Promise<void>, logger: Logger): { stop(): Promise<void> } {
  const run = async () => {
    try {
      await tick();
    } catch (error) {
      logger.error({ error: String(error) }, 'clock tick failed');
    }
  };
  const task: ScheduledTask = cron.schedule('* * * * *', run, {
    timezone: SERVICE_TIME_ZONE,
    name: 'challenge-day-clock',
    noOverlap: true,
  });
  const firstTick = run();
  return {
    stop: async () => {
      await task.stop();
      await task.destroy();
      await firstTick;
    },
  };
}
