import { noticeReplySubmissionSchema } from '../../domain/forms/notice-reply.js';
import { replyToNotice } from '../../domain/notice/reply-to-notice.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { anyRegisteredPerson } from '../../domain/shared/permission.js';
import { dayHeading } from '../present/day-heading.js';
import { noticeReplyForm } from '../present/day-forms.js';
import { noticeAnswerReceipt } from '../present/notice-answer.js';
import { noticeCard } from '../present/notice-card.js';
import { defineVerb } from './card-verb.js';
import { challengeDayContext } from './verb-contexts.js';

/**
 * An answer to the 48-hour notice (a later one replaces the earlier). Every posted copy of the notice is
 * refreshed with the new counts and stays a notice; the person who answered sees the notice with their
 * answer on it, or, where the notice looks the same to everyone, a receipt naming the day.
 */
export const noticeReplyVerb = defineVerb({
  name: 'notice.reply',
  context: challengeDayContext,
  submission: noticeReplySubmissionSchema,
  form: noticeReplyForm,
  mayUse: anyRegisteredPerson,
  async handle(deps, { actor, person, context, submission, now }) {
    const replied = await replyToNotice(
      {
        findChallengeDay: (id) => deps.stores.challengeDays.findById(id),
        saveReply: (reply) => deps.stores.noticeReplies.saveReply(reply),
        repliesForDay: (id) => deps.stores.noticeReplies.repliesForDay(id),
      },
      { challengeDayId: context.challengeDayId, ...submission },
      actor,
      now,
    );
    if (!replied.ok) return replied;
    const { day, reply } = replied.value;
    await deps.refreshDelivered(`notice:${day._id}`, { kind: 'challenge_day_notice', challengeDayId: day._id });
    const receipt = noticeAnswerReceipt(dayHeading(day, await deps.stores.districts.findById(day.districtId)), reply);
    const theirView = await noticeCard(deps.stores, day._id, now, person._id);
    return succeed({ ...(theirView ?? receipt), audience: 'person', receipt });
  },
});
