import { describe, expect, it } from 'vitest';
import { aScheduledWork } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';
import { driver } from '../../src/store/driver-collection.js';

const database = useTestDatabase();
const minutes = (from: Date, count: number) => new Date(from.getTime() + count * 60_000);

describe('claiming scheduled work', () => {
  it('two instances claiming at once get each due piece exactly once, and nothing that is not yet due', async () => {
    const now = new Date('2030-01-06T08:00:00Z');
    const due = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(async (n) => {
        const work = aScheduledWork({ _id: `race:${n}`, dueAt: minutes(now, -n) });
        await database.stores.scheduledWork.schedule(work);
        return work._id;
      }),
    );
    await database.stores.scheduledWork.schedule(aScheduledWork({ _id: 'race:later', dueAt: minutes(now, 30) }));

    const claimedBy: Record<string, string[]> = { a: [], b: [] };
    await Promise.all(
      (['a', 'b'] as const).map(async (instance) => {
        for (;;) {
          const work = await database.stores.scheduledWork.claimDue(now, instance, minutes(now, 5));
          if (!work) return;
          claimedBy[instance]?.push(work._id);
          expect(await database.stores.scheduledWork.markDone(work._id, instance, now)).toBe(true);
        }
      }),
    );

    const all = [...(claimedBy.a ?? []), ...(claimedBy.b ?? [])].sort();
    expect(all).toEqual([...due].sort());
  });

  it('work whose runner died is claimed again once its lease has run out, and only the holder can mark it done', async () => {
    const now = new Date('2029-02-01T08:00:00Z'); // before the other tests' work falls due
    await database.stores.scheduledWork.schedule(aScheduledWork({ _id: 'lease:1', dueAt: now }));

    const first = await database.stores.scheduledWork.claimDue(now, 'dead-instance', minutes(now, 5));
    expect(first?._id).toBe('lease:1');
    expect(await database.stores.scheduledWork.claimDue(minutes(now, 1), 'live-instance', minutes(now, 6))).toBeNull();

    const again = await database.stores.scheduledWork.claimDue(minutes(now, 6), 'live-instance', minutes(now, 11));
    expect(again).toMatchObject({ _id: 'lease:1', attempts: 2, lease: { owner: 'live-instance' } });
    expect(await database.stores.scheduledWork.markDone('lease:1', 'dead-instance', minutes(now, 7))).toBe(false);
    expect(await database.stores.scheduledWork.markDone('lease:1', 'live-instance', minutes(now, 7))).toBe(true);
    expect(
      await database.stores.scheduledWork.claimDue(minutes(now, 60), 'live-instance', minutes(now, 65)),
    ).toBeNull();
  });

  it('scheduling the same work twice keeps one piece of work', async () => {
    const work = aScheduledWork({ _id: 'notice:day-42' });
    await database.stores.scheduledWork.schedule(work);
    await database.stores.scheduledWork.schedule({ ...work, dueAt: new Date('2031-01-01T00:00:00Z') });
    expect(await database.stores.scheduledWork.collection[driver].countDocuments({ _id: 'notice:day-42' })).toBe(1);
    expect((await database.stores.scheduledWork.collection.findById('notice:day-42'))?.dueAt).toEqual(work.dueAt);
  });
});
