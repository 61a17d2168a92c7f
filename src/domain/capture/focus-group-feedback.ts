import { z } from 'zod/v4';
import { boundedText, entityId } from '../shared/fields.js';
import { FOCUS_GROUP_KINDS } from './focus-groups.js';

/** What a senior manager heard in a focus group with staff, managers or the MAT. */
export const focusGroupFeedbackSchema = z.strictObject({
  _id: entityId,
  submissionId: entityId,
  challengeDayId: entityId,
  facilitatorId: entityId,
  group: z.enum(FOCUS_GROUP_KINDS),
  attendeeCount: z.number().int().min(1).max(200),
  working: boundedText(4000).optional(),
  worries: boundedText(4000).optional(),
  ideas: boundedText(4000).optional(),
  themes: z.array(boundedText(200)).max(10),
  /** The learning themes chosen for it (themes/theme.ts ids); records from before themes carry none. */
  learningThemeIds: z.array(entityId).max(10).optional(),
  submittedAt: z.date(),
});
export type FocusGroupFeedback = z.infer<typeof focusGroupFeedbackSchema>;
