import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { clockCoordinator } from '../../src/jobs/clock-coordinator.js';
import { useTestDatabase } from '../support/test-database.js';
import { driver } from '../../src/store/driver-collection.js';

const database = useTestDatabase();
const ticks = () => database.stores.clockTicks;

describe('two instances sharing the clock', () => {
  it('of two instances asking for the same minute’s tick at once, exactly one takes it', async () => {
    const now = () => new Date('2026-11-30T09:00:05Z');
    const first = clockCoordinator(ticks(), now, 'instance-a');
    const second = clockCoordinator(ticks(), now, 'instance-b');
    const minutes = ['09:00', '09:01', '09:02', '09:03', '09:04'].map((time) => `clock:2026-11-30T${time}:00.000Z`);

    const taken = await Promise.all(
      minutes.map(async (key) => [await first.shouldRun(key, 55_000), await second.shouldRun(key, 55_000)]),
    );
    const racing = await Promise.all(
      minutes.map((key) =>
        Promise.all([first.shouldRun(`${key}:race`, 55_000), second.shouldRun(`${key}:race`, 55_000)]),
      ),
    );

    for (const takers of [...taken, ...racing]) expect(takers.filter(Boolean)).toHaveLength(1);
    const stored = await ticks().collection[driver].find({}).toArray();
    expect(stored.map((tick) => tick._id).sort()).toEqual([...minutes, ...minutes.map((key) => `${key}:race`)].sort());
  });

  it('ticks taken more than an hour after their lease ended are cleared when the next one is taken', async () => {
    const at = (time: string) => () => new Date(`2026-12-01T${time}Z`);
    expect(await clockCoordinator(ticks(), at('08:00:00'), 'a').shouldRun('clock:old', 55_000)).toBe(true);
    expect(await clockCoordinator(ticks(), at('08:30:00'), 'a').shouldRun('clock:recent', 55_000)).toBe(true);
    expect(await clockCoordinator(ticks(), at('09:05:00'), 'b').shouldRun('clock:now', 55_000)).toBe(true);

    const kept = await ticks()
      .collection[driver].find({ _id: { $in: ['clock:old', 'clock:recent', 'clock:now'] } })
      .toArray();
    expect(kept.map((tick) => tick._id).sort()).toEqual(['clock:now', 'clock:recent']);
  });

  it('node-cron, asking the coordinator before each run, runs every second’s task on one of two instances only', async () => {
    const runs: string[] = [];
    const instances = ['a', 'b'].map((instance) =>
      cron.schedule('* * * * * *', (context) => void runs.push(context.date.toISOString()), {
        name: 'every-second',
        distributed: true,
        runCoordinator: clockCoordinator(ticks(), () => new Date(), `instance-${instance}`),
        distributedLease: 900,
      }),
    );
    try {
      await expect.poll(() => new Set(runs).size, { timeout: 10_000, interval: 100 }).toBeGreaterThanOrEqual(3);
    } finally {
      for (const task of instances) await task.destroy();
    }
    expect(runs.length).toBe(new Set(runs).size);
  });
});
