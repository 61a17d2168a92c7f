import { z } from 'zod/v4';
import { AUDIT_DOMAINS } from '../../domain/case-finding/audit-domains.js';
import { PERIOD_UNITS } from '../../domain/performance/figures-period.js';
import { entityId } from '../../domain/shared/fields.js';
import { apiMonthPerformanceSchema, calendarDay, districtParameter, gradeCounts, instant } from './api-schemas.js';

/*
 * /performance: the performance figures of the bot's managers' summary (src/domain/performance), for a district,
 * the county or a client's districts, over a month, a quarter or a year. Counts only, never a rate without what
 * it is out of, never a case or a person.
 */

const count = z.number().int().min(0);
const yearMonth = z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM');

const actionCounts = z
  .strictObject({
    raised: count.meta({ description: 'Actions given in the months.' }),
    due: count.meta({ description: 'Actions whose due date (the one in force) fell in the months and has passed.' }),
    completedOnTime: count.meta({ description: 'Of those due, the ones completed on or before their due date.' }),
    acknowledgeMeasured: count.meta({
      description: 'Actions given in the months whose two working days to acknowledge have run out, or acknowledged.',
    }),
    acknowledgedInTime: count.meta({ description: 'Of those, the ones acknowledged within two working days.' }),
  })
  .meta({ id: 'ActionCounts' });

const goodOrBetter = z.strictObject(
  Object.fromEntries([...AUDIT_DOMAINS, 'overall'].map((domain) => [domain, count])) as Record<
    (typeof AUDIT_DOMAINS)[number] | 'overall',
    typeof count
  >,
);

export const apiPerformanceSchema = z
  .strictObject({
    scope: z
      .discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('district'), districtId: entityId }),
        z.strictObject({ kind: z.literal('county') }),
        z.strictObject({ kind: z.literal('compare') }),
      ])
      .meta({
        description:
          'One district; the county (a client of every district, no district asked); or the districts of a client ' +
          'of some districts, side by side.',
      }),
    districtIds: z.array(entityId).meta({ description: 'The districts the figures cover (active ones).' }),
    period: z.strictObject({
      unit: z.enum(PERIOD_UNITS),
      firstMonth: yearMonth,
      from: calendarDay.meta({ description: 'The first day of the period.' }),
      to: calendarDay.meta({ description: 'The last day of the period (inclusive).' }),
    }),
    asAt: instant.meta({ description: 'When the figures were worked out: overdue and in-time are as at then.' }),
    months: z
      .array(z.strictObject({ month: yearMonth, ...actionCounts.shape }))
      .meta({ description: 'The period’s months up to now, each with its counts: the trend by month.' }),
    totals: actionCounts,
    overdueNow: count.meta({ description: 'Outstanding actions past their due date now, whenever given.' }),
    grades: z.strictObject({
      cases: count.meta({ description: 'Cases graded on Challenge Days held in the period.' }),
      overall: gradeCounts,
      domains: z.array(z.strictObject({ domain: z.enum(AUDIT_DOMAINS), counts: gradeCounts })),
    }),
    days: z
      .array(
        z.strictObject({
          challengeDayId: entityId,
          districtId: entityId,
          date: calendarDay,
          cases: count,
          goodOrBetter: goodOrBetter.meta({ description: 'Cases graded good or outstanding, per domain and overall.' }),
        }),
      )
      .meta({ description: 'Challenge Day by Challenge Day: the trend across days.' }),
    byDistrict: z
      .array(
        z.strictObject({
          districtId: entityId,
          name: z.string(),
          actions: actionCounts,
          overdueNow: count,
          cases: count,
          goodOrBetter: count.meta({ description: 'Of the cases, those good or outstanding overall.' }),
        }),
      )
      .meta({ description: 'Each district’s own figures; empty for one district.' }),
    month: yearMonth.optional().meta({
      deprecated: true,
      description: 'Deprecated (served for a one-month period only): the month of `districts`.',
    }),
    districts: z
      .array(apiMonthPerformanceSchema)
      .optional()
      .meta({
        deprecated: true,
        description:
          'Deprecated (served for a one-month period only): the figures /performance served first, kept for clients ' +
          'that read them; `months`, `totals` and `byDistrict` are the full figures.',
      }),
  })
  .meta({ id: 'Performance' });

export const performanceQuerySchema = z.strictObject({
  district: districtParameter,
  period: z
    .enum(PERIOD_UNITS)
    .optional()
    .meta({ description: 'A calendar month, quarter (Jan–Mar, …) or year; a month when not given.' }),
  start: yearMonth.optional().meta({
    description:
      'The period’s first month: any month; a quarter’s is January, April, July or October; a year’s January. ' +
      'The period of today when not given.',
  }),
  month: yearMonth.optional().meta({
    deprecated: true,
    description: 'The first form of the question: `month=2026-11` is `period=month&start=2026-11`.',
  }),
});
