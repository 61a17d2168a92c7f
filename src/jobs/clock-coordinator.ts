import { randomUUID } from 'node:crypto';
import type { RunCoordinator } from 'node-cron';
import type { ClockTickRepository } from '../store/clock-ticks.js';

/**
 * node-cron's run coordinator, backed by MongoDB: of all the instances running, the first to take a
 * minute's tick runs it.
 */
export function clockCoordinator(
  ticks: ClockTickRepository,
  now: () => Date = () => new Date(),
  instanceId: string = randomUUID(),
): RunCoordinator {
  return {
    shouldRun: (key, leaseMs) => ticks.take(key, instanceId, now(), leaseMs),
  };
}
