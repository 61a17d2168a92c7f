import type { z } from 'zod/v4';
import type { ActionCounts } from '../../domain/performance/action-figures.js';
import { periodRange } from '../../domain/performance/figures-period.js';
import type { PerformanceFigures } from '../../domain/performance/performance-figures.js';
import { isoFromCalendarDate } from '../../domain/shared/london-time.js';
import type { apiMonthPerformanceSchema } from './api-schemas.js';
import type { apiPerformanceSchema } from './api-performance-schemas.js';

type ApiPerformance = z.infer<typeof apiPerformanceSchema>;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Copied field by field, so a count added to the domain is served only once someone decides it may be. */
function countsView(counts: ActionCounts): ApiPerformance['totals'] {
  return {
    raised: counts.raised,
    due: counts.due,
    completedOnTime: counts.completedOnTime,
    acknowledgeMeasured: counts.acknowledgeMeasured,
    acknowledgedInTime: counts.acknowledgedInTime,
  };
}

/**
 * The figures as the API shows them: the domain's, with dates as calendar days. `firstFigures` are the monthly
 * lines /performance served before the full figures, still given for a one-month period.
 */
export function performanceView(
  figures: PerformanceFigures,
  firstFigures?: { month: string; districts: z.infer<typeof apiMonthPerformanceSchema>[] },
): ApiPerformance {
  const { from, until } = periodRange(figures.period);
  return {
    scope:
      figures.scope.kind === 'district'
        ? { kind: 'district', districtId: figures.scope.districtId }
        : { kind: figures.scope.kind },
    districtIds: figures.districts.map((district) => district._id),
    period: {
      unit: figures.period.unit,
      firstMonth: figures.period.firstMonth,
      from: isoFromCalendarDate(from),
      to: isoFromCalendarDate(new Date(until.getTime() - DAY_MS)),
    },
    asAt: figures.asAt.toISOString(),
    months: figures.months.map((month) => ({ month: month.month, ...countsView(month) })),
    totals: countsView(figures.totals),
    overdueNow: figures.overdueNow,
    grades: {
      cases: figures.grades.cases,
      overall: { ...figures.grades.overall },
      domains: figures.grades.domains.map((domain) => ({ domain: domain.domain, counts: { ...domain.counts } })),
    },
    days: figures.days.map((day) => ({
      challengeDayId: day.challengeDayId,
      districtId: day.districtId,
      date: isoFromCalendarDate(day.date),
      cases: day.cases,
      goodOrBetter: { ...day.goodOrBetter },
    })),
    byDistrict: figures.byDistrict.map((district) => ({
      districtId: district.districtId,
      name: district.name,
      actions: countsView(district.actions),
      overdueNow: district.overdueNow,
      cases: district.cases,
      goodOrBetter: district.goodOrBetter,
    })),
    ...(firstFigures ?? {}),
  };
}
