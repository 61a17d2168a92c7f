import { actorFor } from '../domain/people/actor.js';
import type { Person } from '../domain/people/person.js';
import { readNoticeAnswer } from '../domain/notice/read-notice-answer.js';
import type { NoticeReplyKind } from '../domain/notice/reply-kinds.js';
import { replyToNotice } from '../domain/notice/reply-to-notice.js';
import type { Platform } from '../domain/links/conversation-link.js';
import { succeed, type Outcome } from '../domain/shared/domain-error.js';
import type { InteractionDeps } from './interaction-deps.js';
import { withWhoCanHelp } from './who-can-help.js';
import { dayHeading } from './present/day-heading.js';
import { noticeAnswerSentence } from './present/notice-answer.js';

/** An answer to a 48-hour notice written in words under it: which day, and what the words say. */
export interface NoticeAnswer {
  readonly challengeDayId: string;
  readonly kind: NoticeReplyKind;
}

/**
 * Whether a message written in the thread of a message the bot posted answers a 48-hour notice ("yes",
 * "can't make it", "available for a focus group"); null when the thread is not a notice's or the words are
 * not an answer, so the message is not for the bot. Asked before who wrote it is looked up: in a Slack
 * channel every thread message reaches the bot, and only an answer is worth a call to the directory.
 */
export async function noticeAnswerIn(
  deps: InteractionDeps,
  thread: { platform: Platform; conversationId: string; threadMessageId: string; text: string },
): Promise<NoticeAnswer | null> {
  const delivered = await deps.stores.outbox.findDelivered(
    thread.platform,
    thread.conversationId,
    thread.threadMessageId,
  );
  if (delivered?.notification.kind !== 'challenge_day_notice') return null;
  const kind = readNoticeAnswer(thread.text);
  return kind ? { challengeDayId: delivered.notification.challengeDayId, kind } : null;
}

/**
 * Records an answer written under a notice as if its button had been pressed (a later answer replaces the
 * earlier), and has every copy of the notice show it. Returns the text to answer in the thread, which names
 * the day; or the refusal, saying why and who can help, for the channel to show to the writer alone where
 * it can.
 */
export async function recordNoticeAnswer(
  deps: InteractionDeps,
  person: Person,
  answer: NoticeAnswer,
): Promise<Outcome<string>> {
  const { challengeDayId, kind } = answer;
  const replied = await replyToNotice(
    {
      findChallengeDay: (id) => deps.stores.challengeDays.findById(id),
      saveReply: (saved) => deps.stores.noticeReplies.saveReply(saved),
      repliesForDay: (id) => deps.stores.noticeReplies.repliesForDay(id),
    },
    { challengeDayId, kind, underItsNotice: true },
    actorFor(person),
    deps.now(),
  );
  if (!replied.ok) return withWhoCanHelp(deps.stores, person, replied);
  await deps.refreshDelivered(`notice:${challengeDayId}`, { kind: 'challenge_day_notice', challengeDayId });
  const { day } = replied.value;
  const heading = dayHeading(day, await deps.stores.districts.findById(day.districtId));
  return succeed(
    `Thanks, ${person.displayName}. ${noticeAnswerSentence(heading, kind)} To change it, write another answer here or use the notice’s buttons.`,
  );
}
