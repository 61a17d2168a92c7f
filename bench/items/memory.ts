import type { ProcessUnderTest } from '../support/child-process.js';

export interface MemoryFigures {
  /** Resident set size of the started bot before any load, in MB (10^6 bytes). */
  readonly idleRssMB: number;
  /** The highest resident set size while the load ran, in MB. */
  readonly peakRssMB: number;
  /** For scale: the bare framework apps of item 1 at idle, in MB. */
  readonly bareBotbuilderIdleRssMB: number;
  readonly bareBoltIdleRssMB: number;
}

const megabytes = (bytes: number) => Math.round(bytes / 1e5) / 10;

/**
 * Item 5: the bot's memory at rest, then its peak while `load` runs (the card-submission load of item 1),
 * sampled inside the bot’s own process every 50 ms.
 */
export async function measureMemory<T>(
  processes: { bot: ProcessUnderTest; bareBotbuilder: ProcessUnderTest; bareBolt: ProcessUnderTest },
  load: () => Promise<T>,
): Promise<{ result: T; memory: MemoryFigures }> {
  // Settle first: start-up leaves garbage and timers that have nothing to do with serving.
  await new Promise((wake) => setTimeout(wake, 2_000));
  const [idle, botbuilder, bolt] = await Promise.all([
    processes.bot.memory(),
    processes.bareBotbuilder.memory(),
    processes.bareBolt.memory(),
  ]);
  await processes.bot.resetPeakMemory();
  const result = await load();
  const loaded = await processes.bot.memory();
  return {
    result,
    memory: {
      idleRssMB: megabytes(idle.rss),
      peakRssMB: megabytes(loaded.peak),
      bareBotbuilderIdleRssMB: megabytes(botbuilder.rss),
      bareBoltIdleRssMB: megabytes(bolt.rss),
    },
  };
}
