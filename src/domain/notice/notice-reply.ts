import { z } from 'zod/v4';
import { caseReferenceSchema } from '../case-finding/case-reference.js';
import { boundedText, entityId } from '../shared/fields.js';
import { NOTICE_REPLY_KINDS } from './reply-kinds.js';

/** A person's answer to a 48-hour notice. One per person per day: a later answer replaces the earlier. */
export const noticeReplySchema = z.strictObject({
  _id: entityId,
  challengeDayId: entityId,
  personId: entityId,
  kind: z.enum(NOTICE_REPLY_KINDS),
  caseReference: caseReferenceSchema.optional(),
  note: boundedText(1000).optional(),
  repliedAt: z.date(),
});
export type NoticeReply = z.infer<typeof noticeReplySchema>;
