import { actorFor, hasRole } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import { formatCalendarDate } from '../../domain/shared/london-time.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { receipt } from '../present/message-cards.js';
import type { Reply } from '../reply.js';

/** "Who hasn't replied for Chesterfield?": the people named on the district's latest notice who have not answered. */
export async function notYetReplied(
  deps: InteractionDeps,
  person: Person,
  districtId: string | undefined,
  now: Date,
): Promise<Reply> {
  const actor = actorFor(person);
  if (!hasRole(actor, 'qa_manager', 'district_manager', 'senior_manager')) {
    throw new DomainError('not_allowed', 'Only managers can see who has not replied to a notice.');
  }
  const upcoming = (await deps.stores.challengeDays.upcoming(new Date(now.getTime() - 24 * 3_600_000))).filter(
    (day) => day.status !== 'planned' && (!districtId || day.districtId === districtId),
  );
  const day = upcoming[0];
  if (!day) throw new DomainError('not_found', 'No notice has gone out for a Challenge Day in that district yet.');
  if (!hasRole(actor, 'qa_manager') && !actor.districtIds.includes(day.districtId)) {
    throw new DomainError('not_allowed', 'You can see replies only for the districts you work in.');
  }
  const replied = new Set((await deps.stores.noticeReplies.repliesForDay(day._id)).map((reply) => reply.personId));
  const waiting = day.expectedAttendeeIds.filter((id) => !replied.has(id));
  const people = await Promise.all(waiting.map((id) => deps.stores.people.findById(id)));
  const district = await deps.stores.districts.findById(day.districtId);
  return receipt(
    waiting.length === 0
      ? `Everyone has replied for ${district?.name ?? day.districtId}`
      : `Not yet replied for ${district?.name ?? day.districtId}`,
    'Challenge Day bot',
    now,
    people.map((found, index) => ({ title: found?.displayName ?? waiting[index] ?? '', value: found?.teamName ?? '' })),
    `Challenge Day on ${formatCalendarDate(day.date)}`,
  );
}
