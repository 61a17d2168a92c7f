import type { DayHeading, NoticeAnswerShown } from '../../cards/card-data.js';
import type { CardJson } from '../../cards/card-templates.js';
import { renderCard } from '../../cards/render-card.js';
import type { NoticeReply } from '../../domain/notice/notice-reply.js';
import { NOTICE_REPLY_KIND_LABELS } from '../../domain/notice/reply-kinds.js';

/**
 * Someone's answer to a 48-hour notice, always with the day it is for: a person may be asked about more
 * than one day, and "Attending" alone does not say which.
 */
export function noticeAnswerSentence(heading: DayHeading, kind: NoticeReply['kind']): string {
  return `You answered “${NOTICE_REPLY_KIND_LABELS[kind]}” for the Challenge Day in ${heading.districtName} on ${heading.dateLabel}.`;
}

/** Their answer as the notice card shows it to them. */
export function noticeAnswerShown(reply: NoticeReply): NoticeAnswerShown {
  return { label: NOTICE_REPLY_KIND_LABELS[reply.kind], caseReference: reply.caseReference ?? '' };
}

/**
 * The confirmation shown only to the person who answered, where the notice itself stays the same for
 * everyone (a Slack message): their answer, the day, and Change my answer.
 */
export function noticeAnswerReceipt(heading: DayHeading, reply: NoticeReply): { card: CardJson; text: string } {
  const sentence = noticeAnswerSentence(heading, reply.kind);
  return {
    card: renderCard('notice-answer', {
      ...heading,
      answerLabel: NOTICE_REPLY_KIND_LABELS[reply.kind],
      sentence,
      caseReference: reply.caseReference ?? '',
    }),
    text: sentence,
  };
}
