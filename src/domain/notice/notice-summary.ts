import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import type { NoticeReply } from './notice-reply.js';

export interface NoticeSummary {
  readonly attending: number;
  readonly focusGroup: number;
  readonly unavailable: number;
  /** People expected on the day who have not answered yet. */
  readonly notAnswered: number;
  readonly notAnsweredIds: readonly string[];
}

/** The live count of answers shown on the notice card; each person counts once, by their latest answer. */
export function summariseNoticeReplies(
  day: Pick<ChallengeDay, 'expectedAttendeeIds'>,
  replies: readonly NoticeReply[],
): NoticeSummary {
  const count = (kind: NoticeReply['kind']) => replies.filter((reply) => reply.kind === kind).length;
  const answered = new Set(replies.map((reply) => reply.personId));
  const notAnsweredIds = day.expectedAttendeeIds.filter((id) => !answered.has(id));
  return {
    attending: count('attending'),
    focusGroup: count('focus_group'),
    unavailable: count('unavailable'),
    notAnswered: notAnsweredIds.length,
    notAnsweredIds,
  };
}
