import { NOTICE_REPLY_KINDS } from '../notice/reply-kinds.js';
import { oneOf, optionalReference, optionalText } from './form-fields.js';
import { strictForm } from './strict-form.js';

/**
 * An answer to the 48-hour notice, from the reply form or a quick-reply button (which sends only `kind`).
 * The case reference is optional, but when given it must be a reference, never a name.
 */
export const noticeReplySubmissionSchema = strictForm({
  kind: oneOf(NOTICE_REPLY_KINDS, 'whether you are attending'),
  caseReference: optionalReference,
  note: optionalText(1000, 'your note'),
}).transform(({ kind, caseReference, note }) => ({
  kind,
  ...(caseReference ? { caseReference } : {}),
  ...(note ? { note } : {}),
}));
export type NoticeReplySubmission = typeof noticeReplySubmissionSchema._zod.output;
