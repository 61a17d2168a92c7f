import { noticeReplySubmissionSchema } from '../../domain/forms/notice-reply.js';
import { NOTICE_REPLY_KIND_LABELS } from '../../domain/notice/reply-kinds.js';
import { replyToNotice } from '../../domain/notice/reply-to-notice.js';
import { succeed } from '../../domain/shared/domain-error.js';
import { anyRegisteredPerson } from '../../domain/shared/permission.js';
import { noticeReplyForm } from '../present/day-forms.js';
import { receipt } from '../present/message-cards.js';
import { defineVerb } from './card-verb.js';
import { challengeDayContext } from './verb-contexts.js';

/**
 * An answer to the 48-hour notice. Every posted copy of the notice is refreshed with the new counts; the
 * person who answered sees a receipt of their answer.
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
    const { day, summary } = replied.value;
    await deps.refreshDelivered(`notice:${day._id}`, { kind: 'challenge_day_notice', challengeDayId: day._id });
    return succeed({
      ...receipt('Your reply to the Challenge Day notice', person.displayName, now, [
        { title: 'Reply', value: NOTICE_REPLY_KIND_LABELS[submission.kind] },
        ...(submission.caseReference ? [{ title: 'Case to discuss', value: submission.caseReference }] : []),
        {
          title: 'Replies so far',
          value: `${summary.attending} attending, ${summary.focusGroup} for a focus group, ${summary.unavailable} unavailable, ${summary.notAnswered} not yet answered`,
        },
      ]),
      audience: 'person',
    });
  },
});
