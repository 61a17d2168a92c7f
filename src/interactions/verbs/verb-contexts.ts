import { z } from 'zod/v4';
import { boundedText, entityId } from '../../domain/shared/fields.js';

/*
 * What a button's data says about the record it acts on. Only ids and page numbers: who pressed it comes
 * from the platform's authenticated identity, never from the card.
 */

export const challengeDayContext = z.strictObject({ challengeDayId: entityId });
export const actionContext = z.strictObject({ actionId: entityId });
export const reportContext = z.strictObject({ reportId: entityId });
export const districtContext = z.strictObject({ districtId: entityId });
export const teamContext = z.strictObject({ teamId: entityId });
export const caseFindingContext = z.strictObject({ caseFindingId: entityId });
export const caseHandbackContext = z.strictObject({ caseHandbackId: entityId });

/** One recommended action of a draft report: "<finding id>:<n>". */
export const draftActionKey = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9:_.@|-]+$/);

export const draftActionContext = z.strictObject({ reportId: entityId, actionKey: draftActionKey });
export const noContext = z.strictObject({});

const pageNumber = z
  .string()
  .regex(/^\d{1,4}$/)
  .transform(Number)
  .pipe(z.number().int().min(1));

export const queryPageContext = z.strictObject({ query: boundedText(300), page: pageNumber });
/** A suggested question's button: the question, and the seal that shows the bot offered it. */
export const suggestedQuestionContext = z.strictObject({
  question: boundedText(300),
  seal: z.string().regex(/^[0-9a-f]{64}$/),
});
export const reportPageContext = z.strictObject({ reportId: entityId, page: pageNumber });

/** A verb's name as a button carries it: "finding.submit", "action.complete". */
export const verbName = z.string().regex(/^[a-z][A-Za-z]{0,30}\.[a-z][A-Za-z]{0,30}$/);

export const formOpenContext = z.strictObject({
  form: verbName,
  challengeDayId: entityId.optional(),
  actionId: entityId.optional(),
  reportId: entityId.optional(),
  actionKey: draftActionKey.optional(),
  districtId: entityId.optional(),
  teamId: entityId.optional(),
  personId: entityId.optional(),
  year: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
});

export const personContext = z.strictObject({ personId: entityId });
export const peoplePageContext = z.strictObject({ districtId: entityId, page: pageNumber });

/** A year's programme of Challenge Days, by its year: "2027". */
export const programmeYearContext = z.strictObject({
  year: z
    .string()
    .regex(/^20\d{2}$/)
    .transform(Number),
});
