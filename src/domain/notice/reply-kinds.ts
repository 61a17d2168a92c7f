/** How a member of staff answers the 48-hour notice. */
export const NOTICE_REPLY_KINDS = ['attending', 'focus_group', 'unavailable'] as const;
export type NoticeReplyKind = (typeof NOTICE_REPLY_KINDS)[number];

export const NOTICE_REPLY_KIND_LABELS: Record<NoticeReplyKind, string> = {
  attending: 'Attending',
  focus_group: 'Available for a focus group',
  unavailable: 'Unavailable',
};
