import { mayAskWhoHasNotReplied, maySeeNoticeRepliesIn } from '../../domain/notice/permissions.js';
import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { formatCalendarDate } from '../../domain/shared/london-time.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { answer } from '../present/message-cards.js';
import type { Reply } from '../reply.js';

/** "Who hasn't replied for Chesterfield?": the people named on the district's latest notice who have not answered. */
export async function notYetReplied(
  deps: InteractionDeps,
  person: Person,
  districtId: string | undefined,
  now: Date,
): Promise<Outcome<Reply>> {
  const actor = actorFor(person);
  const mayAsk = mayAskWhoHasNotReplied(actor);
  if (!mayAsk.ok) return mayAsk;
  const upcoming = (await deps.stores.challengeDays.upcoming(new Date(now.getTime() - 24 * 3_600_000))).filter(
    (day) => day.status !== 'planned' && (!districtId || day.districtId === districtId),
  );
  const day = upcoming[0];
  if (!day) return refuse('not_found', 'No notice has gone out for a Challenge Day in that district yet.');
  const maySee = maySeeNoticeRepliesIn(actor, day.districtId);
  if (!maySee.ok) return maySee;
  const replied = new Set((await deps.stores.noticeReplies.repliesForDay(day._id)).map((reply) => reply.personId));
  const waiting = day.expectedAttendeeIds.filter((id) => !replied.has(id));
  const people = await Promise.all(waiting.map((id) => deps.stores.people.findById(id)));
  const district = await deps.stores.districts.findById(day.districtId);
  return succeed(
    answer(
      waiting.length === 0
        ? `Everyone has replied for ${district?.name ?? 'the district'}`
        : `Not yet replied for ${district?.name ?? 'the district'}`,
      people.map((found) => ({
        title: found?.displayName ?? 'Someone no longer registered',
        value: found?.teamName ?? '',
      })),
      `Challenge Day on ${formatCalendarDate(day.date)}`,
    ),
  );
}
