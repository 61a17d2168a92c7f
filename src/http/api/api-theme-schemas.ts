import { z } from 'zod/v4';
import { entityId, isoDate } from '../../domain/shared/fields.js';
import { calendarDay, districtParameter } from './api-schemas.js';

/*
 * /themes: the county's vocabulary of learning themes, and how often Challenge Days recorded each. Counts and
 * trends only: no example sentence (what auditors wrote is case-level), no case, and nobody's name.
 */

const count = z.number().int().min(0);

export const apiThemeSchema = z
  .strictObject({
    id: entityId,
    name: z.string(),
    retired: z.boolean().meta({ description: 'No longer offered on forms; records that carry it keep it.' }),
  })
  .meta({ id: 'Theme' });

export const themeListSchema = z.strictObject({ data: z.array(apiThemeSchema) }).meta({ id: 'ThemeList' });

export const apiThemeCountSchema = z
  .strictObject({
    themeId: entityId.meta({ description: 'The theme’s id, as /themes lists it.' }),
    count: count.meta({ description: 'Case findings, focus groups and observed visits in the period that carry it.' }),
    byMonth: z
      .array(z.strictObject({ month: z.string(), count }))
      .meta({ description: 'Each month of the period, oldest first, months without any too.' }),
    byDay: z
      .array(z.strictObject({ challengeDayId: entityId, districtId: entityId, date: calendarDay, count }))
      .meta({ description: 'Each Challenge Day of the period that recorded any theme, oldest first.' }),
    trend: z.enum(['rising', 'falling', 'steady', 'once']).meta({
      description: 'Rising when the later half of the days carries it more often than the earlier half.',
    }),
  })
  .meta({ id: 'ThemeCount' });

export const themeCountsSchema = z
  .strictObject({
    from: calendarDay,
    to: calendarDay.meta({ description: 'The last day counted (inclusive).' }),
    districtIds: z
      .array(entityId)
      .nullable()
      .meta({ description: 'The districts counted; null for every district (a client of every district).' }),
    records: count.meta({ description: 'Records in the period that carry any theme.' }),
    themes: z.array(apiThemeCountSchema).meta({ description: 'Most frequent first.' }),
  })
  .meta({ id: 'ThemeCounts' });

export const themeCountsQuerySchema = z.strictObject({
  district: districtParameter,
  from: isoDate.optional().meta({
    description: 'The first Challenge Day date counted; the first of the month 11 months ago when not given.',
  }),
  to: isoDate
    .optional()
    .meta({ description: 'The last Challenge Day date counted (inclusive); today when not given.' }),
});
