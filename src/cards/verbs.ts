import { z } from 'zod/v4';
import {
  addProgressSubmissionSchema,
  completeActionSubmissionSchema,
  declineDateChangeSubmissionSchema,
  noInputSubmissionSchema,
  reopenActionSubmissionSchema,
  requestDateChangeSubmissionSchema,
} from '../domain/forms/action-updates.js';
import { caseFindingSubmissionSchema } from '../domain/forms/case-finding.js';
import { focusGroupSubmissionSchema } from '../domain/forms/focus-group.js';
import { noticeReplySubmissionSchema } from '../domain/forms/notice-reply.js';
import { observedVisitSubmissionSchema } from '../domain/forms/observed-visit.js';
import { planChallengeDaySubmissionSchema } from '../domain/forms/plan-challenge-day.js';
import { reportDraftActionSubmissionSchema } from '../domain/forms/report-draft-action.js';
import { approveReportSubmissionSchema, returnReportSubmissionSchema } from '../domain/forms/report-review.js';
import { boundedText, entityId } from '../domain/shared/fields.js';
import { OPENABLE_FORMS } from './openable-forms.js';

/*
 * Every button on every card names one of these verbs. A button's `data` carries the verb's context (which
 * record it is about); the card's inputs carry the submission. Each has its own zod schema, so a channel
 * maps verb → (schema, handler) with both types inferred.
 */

const challengeDayContext = z.strictObject({ challengeDayId: entityId });
const actionContext = z.strictObject({ actionId: entityId });
const reportContext = z.strictObject({ reportId: entityId });
/** One recommended action of a draft report: "<finding id>:<n>". */
const draftActionKey = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9:_.@|-]+$/);
const draftActionContext = z.strictObject({ reportId: entityId, actionKey: draftActionKey });
const noContext = z.strictObject({});
const pageNumber = z
  .string()
  .regex(/^\d{1,4}$/)
  .transform(Number)
  .pipe(z.number().int().min(1));
const queryPageContext = z.strictObject({ query: boundedText(300), page: pageNumber });
const reportPageContext = z.strictObject({ reportId: entityId, page: pageNumber });
const formOpenContext = z.strictObject({
  form: z.enum(OPENABLE_FORMS),
  challengeDayId: entityId.optional(),
  actionId: entityId.optional(),
  reportId: entityId.optional(),
  actionKey: draftActionKey.optional(),
});

export const CARD_VERBS = {
  'plan.submit': { context: noContext, submission: planChallengeDaySubmissionSchema },
  'plan.update': { context: challengeDayContext, submission: planChallengeDaySubmissionSchema },
  'notice.reply': { context: challengeDayContext, submission: noticeReplySubmissionSchema },
  'finding.submit': { context: challengeDayContext, submission: caseFindingSubmissionSchema },
  'focusGroup.submit': { context: challengeDayContext, submission: focusGroupSubmissionSchema },
  'visit.submit': { context: challengeDayContext, submission: observedVisitSubmissionSchema },
  'action.acknowledge': { context: actionContext, submission: noInputSubmissionSchema },
  'action.requestDateChange': { context: actionContext, submission: requestDateChangeSubmissionSchema },
  'action.addProgress': { context: actionContext, submission: addProgressSubmissionSchema },
  'action.complete': { context: actionContext, submission: completeActionSubmissionSchema },
  'action.approveDateChange': { context: actionContext, submission: noInputSubmissionSchema },
  'action.declineDateChange': { context: actionContext, submission: declineDateChangeSubmissionSchema },
  'action.verify': { context: actionContext, submission: noInputSubmissionSchema },
  'action.reopen': { context: actionContext, submission: reopenActionSubmissionSchema },
  'report.editAction': { context: draftActionContext, submission: reportDraftActionSubmissionSchema },
  'report.page': { context: reportPageContext, submission: noInputSubmissionSchema },
  'report.submit': { context: reportContext, submission: noInputSubmissionSchema },
  'report.approve': { context: reportContext, submission: approveReportSubmissionSchema },
  'report.return': { context: reportContext, submission: returnReportSubmissionSchema },
  'query.page': { context: queryPageContext, submission: noInputSubmissionSchema },
  'form.open': { context: formOpenContext, submission: noInputSubmissionSchema },
} as const satisfies Record<string, { context: z.ZodObject; submission: z.ZodType }>;

export type CardVerb = keyof typeof CARD_VERBS;
export const CARD_VERB_NAMES = Object.keys(CARD_VERBS) as CardVerb[];

export type VerbContext<Verb extends CardVerb> = z.output<(typeof CARD_VERBS)[Verb]['context']>;
export type VerbSubmission<Verb extends CardVerb> = z.output<(typeof CARD_VERBS)[Verb]['submission']>;

export function isCardVerb(verb: unknown): verb is CardVerb {
  return typeof verb === 'string' && Object.hasOwn(CARD_VERBS, verb);
}
