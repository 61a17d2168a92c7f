import { describe, expect, it } from 'vitest';
import { announceChallengeDay } from '../../../src/domain/notice/announce-challenge-day.js';
import { replyToNotice, type ReplyToNotice } from '../../../src/domain/notice/reply-to-notice.js';
import { actorFor, type Actor } from '../../../src/domain/people/actor.js';
import { aChallengeDay, aPerson } from '../../support/fixtures.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-12-01T09:00:00Z');
const ports = () => ({
  findChallengeDay: (id: string) => database.stores.challengeDays.findById(id),
  saveReply: database.stores.noticeReplies.saveReply.bind(database.stores.noticeReplies),
  repliesForDay: database.stores.noticeReplies.repliesForDay.bind(database.stores.noticeReplies),
});
const staff = (id: string, districtIds = ['chesterfield']) =>
  actorFor(aPerson({ _id: id, roles: ['staff'], districtIds }));
const reply = (challengeDayId: string, over: Partial<ReplyToNotice> = {}, actor: Actor = staff('person-a')) =>
  replyToNotice(ports(), { challengeDayId, kind: 'attending', ...over }, actor, now);

describe('answering the 48-hour notice', () => {
  it('counts each person once by their latest answer, and shows who has not answered', async () => {
    const day = await database.stores.challengeDays.create(
      aChallengeDay({ status: 'announced', expectedAttendeeIds: ['person-a', 'person-b', 'person-c'] }),
    );
    await reply(day._id, { kind: 'attending' }, staff('person-a'));
    await reply(day._id, { kind: 'unavailable', note: 'Court that day' }, staff('person-a'));
    const latest = await reply(day._id, { kind: 'focus_group', caseReference: 'CR-2211' }, staff('person-b'));

    expect(latest.ok && latest.value.summary).toEqual({
      attending: 0,
      focusGroup: 1,
      unavailable: 1,
      notAnswered: 1,
      notAnsweredIds: ['person-c'],
    });
  });

  it('tells someone from another district that the day was not found', async () => {
    const day = await database.stores.challengeDays.create(aChallengeDay({ status: 'announced' }));
    const result = await reply(day._id, {}, staff('person-erewash', ['erewash']));
    expect(!result.ok && result.error.reason).toBe('not_found');
    expect(await database.stores.noticeReplies.repliesForDay(day._id)).toEqual([]);
  });

  it('tells people that replies are closed once the day is cancelled', async () => {
    const day = await database.stores.challengeDays.create(aChallengeDay({ status: 'cancelled' }));
    const result = await reply(day._id);
    expect(!result.ok && result.error.userMessage).toBe('This Challenge Day is cancelled, so replies are closed.');
  });
});

describe('sending the notice', () => {
  it('announces the day once and addresses the district and MAT channels and everyone named', async () => {
    const day = await database.stores.challengeDays.create(
      aChallengeDay({ expectedAttendeeIds: ['person-a', 'person-b'], auditTeamIds: ['person-b', 'person-sm'] }),
    );
    const first = await announceChallengeDay(database.stores.challengeDays, day._id, now);
    const again = await announceChallengeDay(database.stores.challengeDays, day._id, now);

    expect(first.ok && first.value.day.status).toBe('announced');
    expect(first.ok && first.value.deliveries.map((delivery) => delivery.destination)).toEqual([
      { kind: 'district_channels', districtId: 'chesterfield', audiences: ['district', 'mat'] },
      { kind: 'person', personId: 'person-a' },
      { kind: 'person', personId: 'person-b' },
      { kind: 'person', personId: 'person-sm' },
    ]);
    expect(again.ok && again.value.deliveries.map((delivery) => delivery.key)).toEqual(
      first.ok ? first.value.deliveries.map((delivery) => delivery.key) : [],
    );
    const trail = await database.stores.auditEvents.trailFor('challenge_day', day._id);
    expect(trail.map((event) => [event.transition, event.actorId])).toEqual([
      ['plan', 'person-qa1'],
      ['announce', 'system'],
    ]);
  });
});
