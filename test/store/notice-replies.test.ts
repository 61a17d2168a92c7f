import { describe, expect, it } from 'vitest';
import { aNoticeReply } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

describe('replies to a 48-hour notice', () => {
  it('keep one answer per person: a later answer replaces the earlier one', async () => {
    await database.stores.noticeReplies.saveReply(
      aNoticeReply({ challengeDayId: 'day-r1', personId: 'p1', kind: 'attending' }),
    );
    await database.stores.noticeReplies.saveReply(
      aNoticeReply({ challengeDayId: 'day-r1', personId: 'p1', kind: 'unavailable', note: 'On leave that week' }),
    );
    await database.stores.noticeReplies.saveReply(
      aNoticeReply({ challengeDayId: 'day-r1', personId: 'p2', kind: 'focus_group' }),
    );

    const replies = await database.stores.noticeReplies.repliesForDay('day-r1');
    expect(replies.map((reply) => [reply.personId, reply.kind, reply.note])).toEqual([
      ['p1', 'unavailable', 'On leave that week'],
      ['p2', 'focus_group', undefined],
    ]);
  });

  it('when the same person answers from two devices at once, one answer is stored', async () => {
    await Promise.all(
      (['attending', 'focus_group', 'unavailable'] as const).map((kind) =>
        database.stores.noticeReplies.saveReply(aNoticeReply({ challengeDayId: 'day-r2', personId: 'p1', kind })),
      ),
    );
    expect(await database.stores.noticeReplies.repliesForDay('day-r2')).toHaveLength(1);
  });
});
