import type { NoticeReplyKind } from './reply-kinds.js';

const ANSWERS: readonly [RegExp, NoticeReplyKind][] = [
  [/\bfocus[- ]?group\b/, 'focus_group'],
  [
    /\b(?:can'?t|cannot|can not|won'?t|unable|not able|unavailable|not available|no\b|sorry|on leave|off that day|court)\b/,
    'unavailable',
  ],
  [
    /\b(?:yes|yep|yeah|attending|i'?ll be there|will be there|count me in|i'?m in|coming|see you there|available)\b/,
    'attending',
  ],
];

/**
 * How a member of staff answers the notice in its thread, in their own words: "yes", "can't make it",
 * "available for a focus group". Null when the words are not an answer (the message is left alone).
 */
export function readNoticeAnswer(text: string): NoticeReplyKind | null {
  const words = text.toLowerCase().replace(/[’]/g, "'");
  return ANSWERS.find(([pattern]) => pattern.test(words))?.[1] ?? null;
}
