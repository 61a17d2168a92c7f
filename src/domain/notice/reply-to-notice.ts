import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { refuseWithHelp } from '../shared/who-can-help.js';
import type { NoticeReply } from './notice-reply.js';
import type { NoticeReplyKind } from './reply-kinds.js';
import { summariseNoticeReplies, type NoticeSummary } from './notice-summary.js';
import { mayReplyToNotice } from './permissions.js';

export interface NoticeReplyPorts {
  findChallengeDay(id: string): Promise<ChallengeDay | null>;
  saveReply(reply: NoticeReply): Promise<NoticeReply>;
  repliesForDay(challengeDayId: string): Promise<NoticeReply[]>;
}

export interface ReplyToNotice {
  readonly challengeDayId: string;
  readonly kind: NoticeReplyKind;
  readonly caseReference?: string;
  readonly note?: string;
  /**
   * Written in the thread of the notice the bot posted (the day read from the bot's own record of it, not
   * from anything the person sent), so they have seen the day and a refusal may say why and who can help.
   */
  readonly underItsNotice?: boolean;
}

const OPEN_FOR_REPLIES: readonly ChallengeDay['status'][] = ['planned', 'announced', 'in_progress'];

/**
 * Records a person's answer to a 48-hour notice (a later answer replaces an earlier one) and returns the
 * new summary, so every copy of the notice card can show it. Anyone working in the district, or named on
 * the day, may answer.
 */
export async function replyToNotice(
  ports: NoticeReplyPorts,
  reply: ReplyToNotice,
  actor: Actor,
  now: Date,
): Promise<Outcome<{ reply: NoticeReply; day: ChallengeDay; summary: NoticeSummary }>> {
  const day = await ports.findChallengeDay(reply.challengeDayId);
  if (day && !mayReplyToNotice(actor, day) && reply.underItsNotice) {
    return refuseWithHelp(
      'You are not named on this Challenge Day and do not work in its district, so your answer was not recorded.',
      { kind: 'day_planner', plannedById: day.plannedById },
    );
  }
  if (!day || !mayReplyToNotice(actor, day)) {
    return refuse('not_found', 'That Challenge Day was not found, or it is not in a district you work in.');
  }
  if (!OPEN_FOR_REPLIES.includes(day.status)) {
    return refuse(
      'invalid_transition',
      `This Challenge Day is ${day.status.replace('_', ' ')}, so replies are closed.`,
    );
  }
  const saved = await ports.saveReply({
    _id: `${day._id}|${actor.id}`,
    challengeDayId: day._id,
    personId: actor.id,
    kind: reply.kind,
    ...(reply.caseReference ? { caseReference: reply.caseReference } : {}),
    ...(reply.note ? { note: reply.note } : {}),
    repliedAt: now,
  });
  const summary = summariseNoticeReplies(day, await ports.repliesForDay(day._id));
  return succeed({ reply: saved, day, summary });
}
