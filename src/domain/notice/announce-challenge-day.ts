import { SYSTEM_ACTOR } from '../people/actor.js';
import { transitionChallengeDay } from '../challenge-day/lifecycle.js';
import { auditorIdsOf, type ChallengeDay } from '../challenge-day/challenge-day.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { TransitionRecords } from '../shared/records.js';
import type { Delivery } from '../notifications/notification.js';

/**
 * Sends the 48-hour notice: the day becomes "announced", and the notice goes to the district's and the
 * MAT locality's linked channels and, personally, to everyone named on the day. Running it again for a day
 * already announced sends nothing new: the deliveries carry the same keys, which the outbox sends once.
 */
export async function announceChallengeDay(
  days: TransitionRecords<ChallengeDay>,
  challengeDayId: string,
  now: Date,
): Promise<Outcome<{ day: ChallengeDay; deliveries: Delivery[] }>> {
  const day = await days.findById(challengeDayId);
  if (!day) return refuse('not_found', 'That Challenge Day was not found.');
  if (day.status === 'cancelled') return succeed({ day, deliveries: [] });

  let announced = day;
  if (day.status === 'planned') {
    const next = transitionChallengeDay(day, 'announce', { actor: SYSTEM_ACTOR, commandId: `notice:${day._id}`, now });
    if (!next.ok) return next;
    const saved = await days.saveTransition(day, next.value);
    if (saved.kind === 'missing') return refuse('not_found', 'That Challenge Day was not found.');
    announced = saved.entity;
  }
  return succeed({ day: announced, deliveries: noticeDeliveries(announced) });
}

/** Where a day's 48-hour notice goes: the district's and MAT's linked channels, and everyone named on the day. */
export function noticeDeliveries(day: ChallengeDay): Delivery[] {
  const notification = { kind: 'challenge_day_notice', challengeDayId: day._id } as const;
  const key = `notice:${day._id}`;
  const people = [...new Set([...day.expectedAttendeeIds, ...auditorIdsOf(day)])];
  return [
    {
      key,
      notification,
      destination: { kind: 'district_channels', districtId: day.districtId, audiences: ['district', 'mat'] },
    },
    ...people.map((personId) => ({ key, notification, destination: { kind: 'person', personId } as const })),
  ];
}
