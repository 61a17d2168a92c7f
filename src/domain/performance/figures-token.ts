import { z } from 'zod/v4';
import { entityId } from '../shared/fields.js';
import { PERIOD_UNITS } from './figures-period.js';

/**
 * What a link to figures (a chart image, the spreadsheet) carries under its signature: which figures, for which
 * districts (those the asker could see when they asked), worked out as at which instant. Aggregate only: no
 * case, person or action is named in it.
 */
export const figuresTokenSchema = z.strictObject({
  figuresId: entityId,
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('district'), districtId: entityId }),
    z.strictObject({ kind: z.literal('county') }),
    z.strictObject({ kind: z.literal('compare') }),
  ]),
  period: z.strictObject({ unit: z.enum(PERIOD_UNITS), firstMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) }),
  districtIds: z.array(entityId).min(1).max(200),
  /** Seconds since 1970: the clock the figures are worked out at, so the image shows what the card said. */
  asAt: z.number().int().positive(),
});
export type FiguresToken = z.infer<typeof figuresTokenSchema>;
