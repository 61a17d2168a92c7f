import { z } from 'zod/v4';
import { caseReferenceSchema } from '../case-finding/case-reference.js';
import { entityId } from '../shared/fields.js';
import { calendarDateFromIso } from '../shared/london-time.js';

/*
 * Fields as the cards send them. Teams sends every input as a string (an empty input as "" or not at all),
 * a Toggle as "true"/"false", a multi-select as "a,b,c" and a Number as a number or a string. Slack modal
 * values are mapped to the same strings. These fields accept exactly that and give clean typed values.
 */

/** Text the person must write; `what` completes "Write …" in the message they see. */
export const requiredText = (max: number, what: string) =>
  z
    .string({ error: `Write ${what}.` })
    .max(max, { error: `Keep ${what} to ${max} characters or fewer.` })
    .transform((text) => text.trim())
    .refine((text) => text.length > 0, { error: `Write ${what}.` });

/** Text the person may leave empty; empty or blank becomes absent. */
export const optionalText = (max: number, what: string) =>
  z
    .string()
    .max(max, { error: `Keep ${what} to ${max} characters or fewer.` })
    .optional()
    .transform((text) => {
      const trimmed = text?.trim();
      return trimmed ? trimmed : undefined;
    });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (text: string) => {
  const date = calendarDateFromIso(text);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

/** A date picked in the card, kept as "YYYY-MM-DD". */
export const isoDateText = (what: string) =>
  z
    .string({ error: `Choose ${what}.` })
    .max(10, { error: `Choose ${what} from the calendar.` })
    .refine((text) => text.length > 0, { error: `Choose ${what}.` })
    .refine((text) => ISO_DATE.test(text) && isRealDate(text), { error: `Choose ${what} from the calendar.` });

/** A date picked in the card, as the stored calendar date (00:00 UTC of that day). */
export const calendarDateInput = (what: string) => isoDateText(what).transform(calendarDateFromIso);

/** An optional date: empty becomes absent. */
export const optionalCalendarDateInput = (what: string) =>
  z
    .string()
    .max(10, { error: `Choose ${what} from the calendar.` })
    .optional()
    .refine((text) => !text || (ISO_DATE.test(text) && isRealDate(text)), {
      error: `Choose ${what} from the calendar.`,
    })
    .transform((text) => (text ? calendarDateFromIso(text) : undefined));

/** A wall-clock time, "HH:mm", as Input.Time sends it. */
export const timeOfDay = (what: string) =>
  z.string({ error: `Choose ${what}.` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `Choose ${what}, e.g. 09:30.` });

/** One choice from a fixed list. */
export const oneOf = <const Values extends readonly [string, ...string[]]>(values: Values, what: string) =>
  z.enum(values, { error: `Choose ${what}.` });

/** Input.Toggle: "true" or "false" (Teams and the Slack mapping send the same). */
export const toggle = z
  .enum(['true', 'false'], { error: 'Tick or untick the box.' })
  .optional()
  .transform((value) => value === 'true');

/** A multi-select ChoiceSet: "a,b,c" → ["a", "b", "c"]; each value checked by `item`. */
export const commaSeparated = <Item extends z.ZodType<unknown, string>>(item: Item, maxItems: number, what: string) =>
  z
    .string()
    .max(maxItems * 200, { error: `Choose no more than ${maxItems} ${what}.` })
    .optional()
    .transform((text) =>
      (text ?? '')
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    )
    .pipe(z.array(item).max(maxItems, { error: `Choose no more than ${maxItems} ${what}.` }))
    .transform((items) => [...new Set(items)]);

/** A multi-select of people or other records, by id. */
export const idList = (maxItems: number, what: string) =>
  commaSeparated(
    entityId.transform((id) => id as string),
    maxItems,
    what,
  );

/** A position in a numbered list (e.g. the service priorities), as ChoiceSet values "1", "2", … */
export const listPosition = (size: number) =>
  z
    .string()
    .regex(/^\d{1,2}$/)
    .transform(Number)
    .refine((position) => position >= 1 && position <= size, { error: 'Choose from the list.' });

/** Input.Number: a number, or the same number as a string; whole numbers only. */
export const wholeNumber = (min: number, max: number, what: string) =>
  z
    .union([z.number(), z.string().max(12)], { error: `Enter ${what}.` })
    .transform((value) => (typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value)))
    .pipe(
      z
        .number({ error: `Enter ${what} as a number.` })
        .int({ error: `Enter ${what} as a whole number.` })
        .min(min, { error: `Enter ${what} of at least ${min}.` })
        .max(max, { error: `Enter ${what} of no more than ${max}.` }),
    );

/** An optional id chosen from a list (e.g. a suggested owner); empty becomes absent. */
export const optionalId = z
  .string()
  .max(128)
  .optional()
  .transform((value) => (value ? value : undefined))
  .pipe(entityId.optional());

/** A case or worker reference the person must give: a reference, never a name. */
export const requiredReference = (what: string) => z.string({ error: `Enter ${what}.` }).pipe(caseReferenceSchema);

/** An optional case reference: empty becomes absent; anything written must be a reference, never a name. */
export const optionalReference = z
  .string()
  .max(64, { error: 'Enter the case reference from the case record (e.g. CR-104233).' })
  .optional()
  .transform((text) => {
    const trimmed = text?.trim();
    return trimmed ? trimmed : undefined;
  })
  .pipe(caseReferenceSchema.optional());
