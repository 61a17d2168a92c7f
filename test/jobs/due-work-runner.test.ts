import { describe, expect, it } from 'vitest';
import { runDueWork } from '../../src/jobs/due-work-runner.js';
import { sendNoticeWhenDue } from '../../src/jobs/send-notice.js';
import { createLogger } from '../../src/logger.js';
import { aChallengeDay, aConversationLink, aScheduledWork } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';
import { driver } from '../../src/store/driver-collection.js';

const database = useTestDatabase();
const logger = createLogger('silent');

describe('running due work', () => {
  it('two instances ticking at once send each due notice exactly once, to every linked channel', async () => {
    const districtId = 'due-work-district';
    const channels = [aConversationLink({ districtId }), aConversationLink({ districtId, audience: 'mat' })];
    for (const channel of channels) await database.stores.conversationLinks.remember(channel);
    const days = await Promise.all(
      [1, 2, 3, 4].map(() =>
        database.stores.challengeDays.create(aChallengeDay({ districtId, expectedAttendeeIds: [], auditTeamIds: [] })),
      ),
    );
    const now = new Date('2031-03-01T09:00:00Z');
    for (const day of days) {
      await database.stores.scheduledWork.schedule(
        aScheduledWork({
          _id: `notice:${day._id}`,
          kind: 'notice',
          dueAt: new Date('2031-03-01T08:00:00Z'),
          payload: { challengeDayId: day._id },
        }),
      );
    }

    const instance = (owner: string) =>
      runDueWork(
        { stores: database.stores, handlers: { notice: sendNoticeWhenDue(database.stores, logger) }, logger, owner },
        () => now,
      );
    const [ranByA, ranByB] = await Promise.all([instance('instance-a'), instance('instance-b')]);

    expect(ranByA + ranByB).toBe(4);
    for (const day of days) {
      expect((await database.stores.challengeDays.findById(day._id))?.status).toBe('announced');
      const queued = await database.stores.outbox.collection[driver].find({ key: `notice:${day._id}` }).toArray();
      expect(queued.map((entry) => entry.conversationId).sort()).toEqual(
        channels.map((channel) => channel.conversationId).sort(),
      );
      const announcements = (await database.stores.auditEvents.trailFor('challenge_day', day._id)).filter(
        (event) => event.transition === 'announce',
      );
      expect(announcements).toHaveLength(1);
    }
  });

  it('work that fails is kept, with its error, and tried again later rather than lost', async () => {
    const now = new Date('2032-01-01T09:00:00Z');
    await database.stores.scheduledWork.schedule(
      aScheduledWork({
        _id: 'notice:missing-day',
        kind: 'notice',
        dueAt: now,
        payload: { challengeDayId: 'no-such-day' },
      }),
    );
    const ran = await runDueWork(
      {
        stores: database.stores,
        handlers: { notice: sendNoticeWhenDue(database.stores, logger) },
        logger,
        owner: 'instance-a',
      },
      () => now,
    );
    expect(ran).toBe(0);
    const kept = await database.stores.scheduledWork.collection.findById('notice:missing-day');
    expect(kept).toMatchObject({ status: 'pending', lastError: expect.stringContaining('not found') });
    expect(
      await database.stores.scheduledWork.claimDue(
        new Date(now.getTime() + 30_000),
        'instance-b',
        new Date(now.getTime() + 90_000),
      ),
    ).toBeNull();
    expect(
      await database.stores.scheduledWork.claimDue(
        new Date(now.getTime() + 61_000),
        'instance-b',
        new Date(now.getTime() + 120_000),
      ),
    ).toMatchObject({ _id: 'notice:missing-day' });
  });
});
