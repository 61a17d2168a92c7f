import { DateTime } from 'luxon';
import { addMonths, monthLabel, monthOf, monthRange } from '../scheduling/periods.js';

/** How long a period of the figures is: a calendar month, a calendar quarter (Jan–Mar, …) or a calendar year. */
export const PERIOD_UNITS = ['month', 'quarter', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** A period the figures are for, named by its unit and its first month ("2026-10" for Oct–Dec 2026). */
export interface FiguresPeriod {
  readonly unit: PeriodUnit;
  readonly firstMonth: string;
}

const MONTHS_IN: Record<PeriodUnit, number> = { month: 1, quarter: 3, year: 12 };

/** The months of a period, in order. */
export function periodMonths(period: FiguresPeriod): string[] {
  return Array.from({ length: MONTHS_IN[period.unit] }, (_, at) => addMonths(period.firstMonth, at));
}

/** The calendar dates of a period: from its first day up to (not including) the day after its last. */
export function periodRange(period: FiguresPeriod): { from: Date; until: Date } {
  const months = periodMonths(period);
  return { from: monthRange(months[0] ?? period.firstMonth).from, until: monthRange(months.at(-1) ?? '').until };
}

/** The months of a period up to the month of `now`: a month still to come has no figures to chart. */
export function monthsSoFar(period: FiguresPeriod, now: Date): string[] {
  const current = monthOf(now);
  return periodMonths(period).filter((month) => month <= current);
}

/** "November 2026", "October to December 2026", "2026". */
export function periodLabel(period: FiguresPeriod): string {
  const months = periodMonths(period);
  if (period.unit === 'month') return monthLabel(period.firstMonth);
  if (period.unit === 'year') return period.firstMonth.slice(0, 4);
  const first = DateTime.fromISO(`${months[0] ?? ''}-01`, { zone: 'UTC' }).toFormat('LLLL');
  return `${first} to ${monthLabel(months.at(-1) ?? '')}`;
}

/** The period of `unit` that `now` (London) falls in, or the one `back` periods before it. */
export function periodAround(unit: PeriodUnit, now: Date, back = 0): FiguresPeriod {
  const month = monthOf(now);
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  const start =
    unit === 'month'
      ? month
      : unit === 'year'
        ? `${year}-01`
        : `${year}-${String(monthNumber - ((monthNumber - 1) % 3)).padStart(2, '0')}`;
  return { unit, firstMonth: addMonths(start, -back * MONTHS_IN[unit]) };
}
