import type { AuditEvent } from '../audit/audit-event.js';
import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import { mayKnowOfDay } from '../challenge-day/day-refusal.js';
import type { District } from '../districts/district.js';
import type { Actor } from '../people/actor.js';
import type { Delivery } from '../notifications/notification.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { formatCalendarDate } from '../shared/london-time.js';
import { noticeDeliveries } from './announce-challenge-day.js';
import type { NoticeAgainCommand } from './read-notice-again-command.js';
import { mayPostNoticeAgain } from './permissions.js';

/** The notice of a day, posted again: where it goes, and the audit of who asked. */
export interface NoticeAgain {
  readonly day: ChallengeDay;
  readonly deliveries: Delivery[];
  readonly audit: AuditEvent;
}

/**
 * Which day's notice a person asks to post again: a day whose notice is out (announced, not yet held) that
 * they may know of, in the district and on the date they named. Where several fit, they are asked to say
 * which; a day they may not know of is not found.
 */
export function dayToPostAgain(
  days: readonly ChallengeDay[],
  districts: readonly District[],
  actor: Actor,
  command: NoticeAgainCommand,
): Outcome<ChallengeDay> {
  if (command.unrecognised) {
    return refuse(
      'invalid_input',
      // The words are not said back: they may name a person or a child rather than a place.
      `That is not a district or a date I know. Say e.g. “post the notice again for ${districts[0]?.name ?? 'Chesterfield'}”.`,
    );
  }
  const fitting = days.filter(
    (day) =>
      day.status === 'announced' &&
      mayKnowOfDay(actor, day) &&
      (command.districtId === undefined || day.districtId === command.districtId) &&
      (command.window === undefined ||
        (day.date.getTime() >= command.window.from.getTime() && day.date.getTime() <= command.window.to.getTime())),
  );
  const [only, ...others] = fitting;
  if (!only) {
    return refuse(
      'not_found',
      'No Challenge Day you may know of has its 48-hour notice out now, so there is no notice to post again. A notice goes out 48 hours before its day.',
    );
  }
  if (others.length > 0) {
    const named = fitting.map((day) => `${districtName(day, districts)} on ${formatCalendarDate(day.date)}`);
    return refuse(
      'invalid_input',
      `The notices of ${named.join(', ')} are out: say which, e.g. “post the notice again for ${districtName(only, districts)}”.`,
    );
  }
  return succeed(only);
}

function districtName(day: ChallengeDay, districts: readonly District[]): string {
  return districts.find((district) => district._id === day.districtId)?.name ?? day.districtId;
}

/**
 * Posts a day's notice again into its district's and MAT locality's linked channels (e.g. a channel linked
 * after the notice went out). The copies share the notice's key, so an answer on any copy is the same
 * answer and every copy shows it; `commandId` makes them new posts, sent once however often it is retried.
 */
export function postNoticeAgain(
  day: ChallengeDay,
  context: { readonly actor: Actor; readonly commandId: string; readonly now: Date },
): Outcome<NoticeAgain> {
  const allowed = mayPostNoticeAgain(context.actor, day);
  if (!allowed.ok) return allowed;
  const deliveries = noticeDeliveries(day)
    .filter((delivery) => delivery.destination.kind === 'district_channels')
    .map((delivery) => ({ ...delivery, copy: context.commandId }));
  return succeed({
    day,
    deliveries,
    audit: {
      _id: `challenge_day:${day._id}:notice_posted_again:${context.commandId}`,
      entityKind: 'challenge_day',
      entityId: day._id,
      transition: 'notice_posted_again',
      actorId: context.actor.id,
      at: context.now,
      commandId: context.commandId,
      before: day.status,
      after: day.status,
      districtId: day.districtId,
    },
  });
}
