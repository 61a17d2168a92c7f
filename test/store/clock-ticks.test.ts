import { describe, expect, it } from 'vitest';
import { ClockTickRepository } from '../../src/store/clock-ticks.js';
import { driver } from '../../src/store/driver-collection.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const at = (time: string) => new Date(`2026-12-02T${time}Z`);
const storedIds = async () =>
  (await database.stores.clockTicks.collection[driver].find({}).toArray()).map((tick) => tick._id).sort();

describe('clearing old clock ticks', () => {
  it('an instance clears ticks past their keeping at most once an hour', async () => {
    const instance = new ClockTickRepository(database.db);
    const late = new ClockTickRepository(database.db);
    expect(await instance.take('clock:10:00', 'a', at('10:00:00'), 55_000)).toBe(true);
    // An instance whose clock is behind leaves a tick that is already past its keeping by the first's clock.
    expect(await late.take('clock:stale', 'b', at('08:00:00'), 55_000)).toBe(true);

    expect(await instance.take('clock:10:30', 'a', at('10:30:00'), 55_000)).toBe(true);
    expect(await storedIds()).toContain('clock:stale');

    expect(await instance.take('clock:11:00', 'a', at('11:00:00'), 55_000)).toBe(true);
    expect(await storedIds()).toEqual(['clock:10:00', 'clock:10:30', 'clock:11:00']);
  });
});
