import { actorFor } from '../domain/people/actor.js';
import type { Person } from '../domain/people/person.js';
import { readNoticeAnswer } from '../domain/notice/read-notice-answer.js';
import { NOTICE_REPLY_KIND_LABELS } from '../domain/notice/reply-kinds.js';
import { replyToNotice } from '../domain/notice/reply-to-notice.js';
import type { Platform } from '../domain/links/conversation-link.js';
import type { InteractionDeps } from './interaction-deps.js';

/**
 * A message written in the thread of a message the bot posted. When that message is a 48-hour notice and
 * the words are an answer ("yes", "can't make it", "available for a focus group"), the answer is recorded
 * as if the button had been pressed, and every copy of the notice shows it. Returns the text to answer in
 * the thread, or null when the message is not for the bot.
 */
export async function handleThreadReply(
  deps: InteractionDeps,
  reply: { person: Person; platform: Platform; conversationId: string; threadMessageId: string; text: string },
): Promise<string | null> {
  const delivered = await deps.stores.outbox.findDelivered(reply.platform, reply.conversationId, reply.threadMessageId);
  if (delivered?.notification.kind !== 'challenge_day_notice') return null;
  const kind = readNoticeAnswer(reply.text);
  if (!kind) return null;
  const { challengeDayId } = delivered.notification;
  const replied = await replyToNotice(
    {
      findChallengeDay: (id) => deps.stores.challengeDays.findById(id),
      saveReply: (saved) => deps.stores.noticeReplies.saveReply(saved),
      repliesForDay: (id) => deps.stores.noticeReplies.repliesForDay(id),
    },
    { challengeDayId, kind },
    actorFor(reply.person),
    deps.now(),
  );
  if (!replied.ok) return replied.error.userMessage;
  await deps.refreshDelivered(`notice:${challengeDayId}`, { kind: 'challenge_day_notice', challengeDayId });
  return `Thanks, ${reply.person.displayName} — recorded as “${NOTICE_REPLY_KIND_LABELS[kind]}”.`;
}
