import type { Fact } from '../../cards/card-data.js';
import { CARD_LIMITS, firstOf } from '../../cards/card-limits.js';
import { renderCard } from '../../cards/render-card.js';
import { mayKeepRegister, registerOpen } from '../../domain/attendance/permissions.js';
import type { AttendanceRegister } from '../../domain/attendance/register.js';
import type { ChallengeDay } from '../../domain/challenge-day/challenge-day.js';
import type { NoticeReply } from '../../domain/notice/notice-reply.js';
import { NOTICE_REPLY_KINDS, NOTICE_REPLY_KIND_LABELS } from '../../domain/notice/reply-kinds.js';
import type { Actor } from '../../domain/people/actor.js';
import type { Stores } from '../../store/stores.js';
import type { Reply } from '../reply.js';
import { dayHeading } from './day-heading.js';
import { peopleNames } from './people-names.js';
import { replyDetailsFor } from './reply-details.js';

/**
 * A day's overview for those who run it: how its notice was answered, each answer with its case reference (to a
 * reader who needs to know that case) and note (masked), whether who came is recorded, and, to those who keep
 * the register while it is open, the button to record it.
 */
export async function dayRepliesCard(
  stores: Stores,
  reader: Actor,
  day: ChallengeDay,
  replies: readonly NoticeReply[],
  register: AttendanceRegister | null,
  now: Date,
): Promise<Reply> {
  const [district, names, details] = await Promise.all([
    stores.districts.findById(day.districtId),
    peopleNames(
      stores,
      replies.map((reply) => reply.personId),
    ),
    replyDetailsFor(stores, reader, day, replies),
  ]);
  const answered = new Set(replies.map((reply) => reply.personId));
  const counts: Fact[] = [
    ...NOTICE_REPLY_KINDS.map((kind) => ({
      title: NOTICE_REPLY_KIND_LABELS[kind],
      value: String(replies.filter((reply) => reply.kind === kind).length),
    })),
    { title: 'Not yet answered', value: String(day.expectedAttendeeIds.filter((id) => !answered.has(id)).length) },
    {
      title: 'Who came',
      value: register
        ? `${register.attendedIds.length} came, ${register.absentIds.length} did not`
        : 'Not recorded yet',
    },
  ];
  const lines = details.map((detail) => ({
    title: names.get(detail.reply.personId) ?? 'Someone no longer registered',
    value: [
      NOTICE_REPLY_KIND_LABELS[detail.reply.kind],
      ...(detail.caseReference ? [`case ${detail.caseReference}`] : []),
      ...(detail.note ? [`“${detail.note}”`] : []),
    ].join(' · '),
  }));
  const { shown, moreCount } = firstOf(lines, CARD_LIMITS.noticeAttendees);
  const withheld = details.some((detail) => detail.reply.caseReference && !detail.caseReference);
  const heading = dayHeading(day, district);
  const card = renderCard('day-replies', {
    ...heading,
    counts,
    replies: [...shown, ...(moreCount > 0 ? [{ title: '…', value: `and ${moreCount} more` }] : [])],
    note: withheld ? 'Some answers name a case: its reference is shown only to those who need to know the case.' : '',
    canKeepRegister: mayKeepRegister(reader, day).ok && registerOpen(day, now).ok,
  });
  return { card, text: `Replies to the notice: ${heading.districtName}, ${heading.dateLabel}`, audience: 'person' };
}
