import { z } from 'zod/v4';

/** Ids are opaque strings we generate (or a platform gives us); bounded and free of query operators. */
export const entityId = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9:_.@|-]+$/, 'must be an id of letters, digits and : _ . @ | -');

/** Free text a person writes: bounded, never empty when present. */
export const boundedText = (max: number) => z.string().trim().min(1).max(max);

/** A calendar date as people write it (YYYY-MM-DD), e.g. a due date; no time, no zone. */
export const isoDate = z.iso.date('must be a date written as YYYY-MM-DD');

/** A calendar date as it is stored: a BSON date at 00:00 UTC of that calendar day. */
export const calendarDate = z
  .date()
  .refine(
    (date) =>
      date.getUTCHours() === 0 &&
      date.getUTCMinutes() === 0 &&
      date.getUTCSeconds() === 0 &&
      date.getUTCMilliseconds() === 0,
    'a calendar date is stored at 00:00 UTC',
  );
