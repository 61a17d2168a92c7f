import type { z } from 'zod/v4';
import { ACTION_PRIORITIES } from '../action/status.js';
import type { AuditDomain } from '../case-finding/audit-domains.js';
import { OFSTED_GRADES } from '../case-finding/grades.js';
import type { CaseFindingAnswers } from '../case-finding/submit-case-finding.js';
import { MAX_THEMES_PER_RECORD } from '../themes/chosen-themes.js';
import {
  idList,
  oneOf,
  optionalCalendarDateInput,
  optionalId,
  optionalText,
  requiredReference,
  toggle,
} from './form-fields.js';
import { optionalTextWithoutIdentity } from './identity-free-text.js';
import { strictForm } from './strict-form.js';

/** How many recommendations one case-finding card takes; a card cannot grow rows, so the slots are fixed. */
export const RECOMMENDATION_SLOTS = [1, 2, 3] as const;

const grade = (what: string) => oneOf(OFSTED_GRADES, `a grade for ${what}`);
const comment = optionalText(2000, 'the comment');
// A recommendation becomes an action that its owner, managers and digests show: no identity data in it.
const recommendationText = optionalTextWithoutIdentity(1000, 'the recommendation');
const recommendationPriority = oneOf(ACTION_PRIORITIES, 'a priority').optional();

/**
 * The case-finding card as it is submitted: one flat field per input (cards have no nesting), checked and
 * then shaped into the domain's CaseFindingAnswers.
 */
export const caseFindingSubmissionSchema = strictForm({
  caseReference: requiredReference('the case reference'),
  overallGrade: oneOf(OFSTED_GRADES, 'an overall grade'),
  voice_of_child_grade: grade('the voice of the child'),
  voice_of_child_comment: comment,
  management_oversight_grade: grade('management oversight'),
  management_oversight_comment: comment,
  assessment_and_plan_grade: grade('the assessment and plan'),
  assessment_and_plan_comment: comment,
  risk_and_safety_grade: grade('risk and safety'),
  risk_and_safety_comment: comment,
  timeliness_grade: grade('timeliness'),
  timeliness_comment: comment,
  strengths: optionalText(4000, 'the strengths'),
  areasForImprovement: optionalText(4000, 'the areas for improvement'),
  safeguardingConcern: toggle,
  safeguardingReason: optionalText(2000, 'the reason'),
  recommendation1Text: recommendationText,
  recommendation1Owner: optionalId,
  recommendation1DueDate: optionalCalendarDateInput('a due date'),
  recommendation1Priority: recommendationPriority,
  recommendation2Text: recommendationText,
  recommendation2Owner: optionalId,
  recommendation2DueDate: optionalCalendarDateInput('a due date'),
  recommendation2Priority: recommendationPriority,
  recommendation3Text: recommendationText,
  recommendation3Owner: optionalId,
  recommendation3DueDate: optionalCalendarDateInput('a due date'),
  recommendation3Priority: recommendationPriority,
  learningThemes: idList(MAX_THEMES_PER_RECORD, 'learning themes'),
})
  .superRefine((form, ctx) => {
    if (form.safeguardingConcern && !form.safeguardingReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['safeguardingReason'],
        message: 'Say why there is an immediate safeguarding concern, so it can be acted on today.',
      });
    }
    for (const slot of RECOMMENDATION_SLOTS) {
      const recommendation = recommendationIn(form, slot);
      if (recommendation.text && !recommendation.dueDate) {
        ctx.addIssue({
          code: 'custom',
          path: [`recommendation${slot}DueDate`],
          message: 'Choose a due date for this recommendation.',
        });
      }
      if (!recommendation.text && (recommendation.dueDate || recommendation.ownerId)) {
        ctx.addIssue({
          code: 'custom',
          path: [`recommendation${slot}Text`],
          message: 'Write the recommendation, or clear its owner and due date.',
        });
      }
    }
  })
  .transform((form): CaseFindingAnswers => {
    const domain = (key: AuditDomain, grade: CaseFindingAnswers['overallGrade'], text: string | undefined) => ({
      [key]: { grade, ...(text ? { comment: text } : {}) },
    });
    return {
      caseReference: form.caseReference,
      overallGrade: form.overallGrade,
      domains: {
        ...domain('voice_of_child', form.voice_of_child_grade, form.voice_of_child_comment),
        ...domain('management_oversight', form.management_oversight_grade, form.management_oversight_comment),
        ...domain('assessment_and_plan', form.assessment_and_plan_grade, form.assessment_and_plan_comment),
        ...domain('risk_and_safety', form.risk_and_safety_grade, form.risk_and_safety_comment),
        ...domain('timeliness', form.timeliness_grade, form.timeliness_comment),
      } as CaseFindingAnswers['domains'],
      ...(form.strengths ? { strengths: form.strengths } : {}),
      ...(form.areasForImprovement ? { areasForImprovement: form.areasForImprovement } : {}),
      // Ids as the form sent them: the live vocabulary is checked before anything is stored (chosen-themes.ts).
      ...(form.learningThemes.length > 0 ? { learningThemeIds: form.learningThemes } : {}),
      safeguardingConcern: {
        raised: form.safeguardingConcern,
        ...(form.safeguardingConcern && form.safeguardingReason ? { reason: form.safeguardingReason } : {}),
      },
      recommendations: RECOMMENDATION_SLOTS.map((slot) => recommendationIn(form, slot)).flatMap(
        ({ text, ownerId, dueDate, priority }) =>
          text && dueDate
            ? [{ text, dueDate, priority: priority ?? 'medium', ...(ownerId ? { suggestedOwnerId: ownerId } : {}) }]
            : [],
      ),
    };
  });
export type CaseFindingSubmission = z.output<typeof caseFindingSubmissionSchema>;

interface RecommendationFields {
  text: string | undefined;
  ownerId: string | undefined;
  dueDate: Date | undefined;
  priority: (typeof ACTION_PRIORITIES)[number] | undefined;
}

type Slot = (typeof RECOMMENDATION_SLOTS)[number];
type SlotFields = { [S in Slot as `recommendation${S}Text`]?: string | undefined } & {
  [S in Slot as `recommendation${S}Owner`]?: string | undefined;
} & { [S in Slot as `recommendation${S}DueDate`]?: Date | undefined } & {
  [S in Slot as `recommendation${S}Priority`]?: RecommendationFields['priority'];
};

function recommendationIn(form: SlotFields, slot: Slot): RecommendationFields {
  return {
    text: form[`recommendation${slot}Text`],
    ownerId: form[`recommendation${slot}Owner`],
    dueDate: form[`recommendation${slot}DueDate`],
    priority: form[`recommendation${slot}Priority`],
  };
}
