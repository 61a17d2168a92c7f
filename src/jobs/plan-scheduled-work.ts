import { periodicWork } from '../domain/scheduling/plan-posts.js';
import type { Stores } from '../store/stores.js';

/**
 * Runs at every tick, before the due work: makes sure this week's digests, last month's summary and today's
 * chasing exist as scheduled work. Cheap when nothing is new (one lookup), and harmless on any number of
 * instances at once: each piece is stored under its period's id, so it exists, and runs, once. A retired
 * district gets no more digests.
 */
export async function planScheduledWork(
  stores: Pick<Stores, 'districts' | 'scheduledWork'>,
  now: Date,
): Promise<number> {
  return stores.scheduledWork.scheduleMissing(periodicWork(await stores.districts.active(), now));
}
