import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../src/domain/notifications/outbox-entry.js';
import { driver } from '../../src/store/driver-collection.js';
import { outboxEntryId } from '../../src/store/outbox.js';
import { stepKey } from '../../src/store/transition-steps.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const seconds = (from: Date, count: number) => new Date(from.getTime() + count * 1000);

/** A notice to one channel, ready to send at `now`. */
function aChannelMessage(run: string, channel: number, now: Date): OutboxEntry {
  const conversationId = `19:${run}-channel-${channel}@thread.tacv2`;
  return {
    _id: outboxEntryId(`notice:${run}`, 'teams', conversationId),
    key: `notice:${run}`,
    notification: { kind: 'challenge_day_notice', challengeDayId: `day-${run}` },
    platform: 'teams',
    conversationId,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
  };
}

describe('queueing and claiming messages in batches', () => {
  it('a notice queued twice is kept once per channel, and the second queueing changes nothing', async () => {
    const now = new Date('2031-03-02T09:00:00Z');
    const messages = [1, 2, 3].map((channel) => aChannelMessage('twice', channel, now));
    await database.stores.outbox.enqueueAll(messages);
    await database.stores.outbox.enqueueAll([...messages, aChannelMessage('twice', 4, now)]);

    const stored = await database.stores.outbox.collection[driver].find({ key: 'notice:twice' }).toArray();
    expect(stored.map((entry) => entry.conversationId).sort()).toEqual(
      [1, 2, 3, 4].map((channel) => `19:twice-channel-${channel}@thread.tacv2`),
    );
  });

  it('two instances claiming the same ready messages at once get each message once between them', async () => {
    const now = new Date('2031-03-03T09:00:00Z');
    const messages = Array.from({ length: 24 }, (_, channel) => aChannelMessage('race', channel, now));
    await database.stores.outbox.enqueueAll(messages);

    const claimedBy = { a: [] as string[], b: [] as string[] };
    await Promise.all(
      (['a', 'b'] as const).map(async (instance) => {
        for (;;) {
          const batch = await database.stores.outbox.claimReadyBatch(now, instance, seconds(now, 60), { atMost: 8 });
          const ours = batch.filter((entry) => entry.key === 'notice:race');
          if (batch.length === 0) return;
          claimedBy[instance].push(...ours.map((entry) => entry._id));
        }
      }),
    );

    const all = [...claimedBy.a, ...claimedBy.b].sort();
    expect(all).toEqual(messages.map((message) => message._id).sort());
    const stored = await database.stores.outbox.collection[driver].find({ key: 'notice:race' }).toArray();
    for (const entry of stored) {
      const owner = claimedBy.a.includes(entry._id) ? 'a' : 'b';
      expect(entry).toMatchObject({ attempts: 1, lease: { owner } });
    }
  });

  it('a message whose claim was taken by an instance that died before writing it is held under that lease, not claimed twice', async () => {
    const now = new Date('2031-03-01T09:00:00Z'); // before the other tests' messages are ready
    const [orphan, free] = [1, 2].map((channel) => aChannelMessage('orphan', channel, now)) as [
      OutboxEntry,
      OutboxEntry,
    ];
    await database.stores.outbox.enqueueAll([orphan, free]);
    // The dead instance inserted the step of the first attempt, then stopped before writing its lease.
    await database.db
      .collection<{ _id: string; commandId: string; at: Date; after: object }>('transition_steps')
      .insertOne({
        _id: stepKey('outbox', orphan._id, 1),
        commandId: 'dead-instance',
        at: seconds(now, -10),
        after: {},
      });

    const claimed = await database.stores.outbox.claimReadyBatch(now, 'live-instance', seconds(now, 60), {
      atMost: 8,
    });

    expect(claimed.filter((entry) => entry.key === 'notice:orphan').map((entry) => entry._id)).toEqual([free._id]);
    expect(await database.stores.outbox.findById(orphan._id)).toMatchObject({
      attempts: 1,
      lease: { owner: 'dead-instance', until: seconds(now, 50) },
    });
  });
});

describe('recording the outcomes of posts made at the same moment', () => {
  it('twenty posts recorded as sent in the same turn reach the database as one command, and every one is stored', async () => {
    const now = new Date('2031-05-05T09:00:00Z');
    const messages = Array.from({ length: 20 }, (_, channel) => aChannelMessage('together', channel, now));
    await database.stores.outbox.enqueueAll(messages);
    database.takeCommands();

    await Promise.all(messages.map((message, n) => database.stores.outbox.markSent(message._id, `activity-${n}`, now)));

    const commands = database.takeCommands();
    expect(commands).toEqual([{ name: 'update', collection: 'outbox' }]);
    const stored = await database.stores.outbox.collection[driver].find({ key: 'notice:together' }).toArray();
    expect(stored.map((entry) => [entry.status, entry.sentMessageId]).sort()).toEqual(
      messages.map((_, n) => ['sent', `activity-${n}`]).sort(),
    );
  });

  it('posts recorded one after another are each written before the next starts', async () => {
    const now = new Date('2031-05-06T09:00:00Z');
    const [first, second] = [0, 1].map((channel) => aChannelMessage('in-turn', channel, now));
    await database.stores.outbox.enqueueAll([first!, second!]);

    await database.stores.outbox.markAttemptStarted(first!._id, now);
    expect((await database.stores.outbox.findById(first!._id))?.attemptStartedAt).toEqual(now);
    await database.stores.outbox.markSent(first!._id, 'activity-1', now);
    await database.stores.outbox.markAttemptStarted(second!._id, now);

    const stored = await database.stores.outbox.collection[driver].find({ key: 'notice:in-turn' }).toArray();
    expect(stored.find((entry) => entry._id === first!._id)).toMatchObject({
      status: 'sent',
      sentMessageId: 'activity-1',
    });
    expect(stored.find((entry) => entry._id === first!._id)?.attemptStartedAt).toBeUndefined();
    expect(stored.find((entry) => entry._id === second!._id)?.attemptStartedAt).toEqual(now);
  });
});
