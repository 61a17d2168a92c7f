import { periodAround, type FiguresPeriod, type PeriodUnit } from './figures-period.js';

/** A period a question named, and the words that named it. */
export interface PeriodPhrase {
  readonly period: FiguresPeriod;
  readonly matched: string;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH = `(${MONTH_NAMES.join('|')})[a-z]*`;
const YEAR = '(20\\d\\d)';

/** The phrases tried, in order; each gives the period from what it matched and the clock. */
const PHRASES: readonly { pattern: RegExp; period: (found: RegExpExecArray, now: Date) => FiguresPeriod | null }[] = [
  {
    pattern: /\b(this|current|last|previous|past)\s+(month|quarter|year)\b/,
    period: (found, now) =>
      periodAround(found[2] as PeriodUnit, now, found[1] === 'this' || found[1] === 'current' ? 0 : 1),
  },
  {
    pattern: new RegExp(`\\b(?:q|quarter\\s*)([1-4])\\s+(?:of\\s+)?${YEAR}\\b`),
    period: (found) => ({
      unit: 'quarter',
      firstMonth: `${found[2]}-${String(Number(found[1]) * 3 - 2).padStart(2, '0')}`,
    }),
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`),
    period: (found) => {
      const month = MONTH_NAMES.indexOf((found[1] ?? '') as (typeof MONTH_NAMES)[number]) + 1;
      return month > 0 ? { unit: 'month', firstMonth: `${found[2]}-${String(month).padStart(2, '0')}` } : null;
    },
  },
  { pattern: new RegExp(`\\b${YEAR}\\b`), period: (found) => ({ unit: 'year', firstMonth: `${found[1]}-01` }) },
];

/**
 * The month, quarter or year a question about figures names: "this quarter", "last month", "2026", "Q3 2026",
 * "November 2026". Quarters are calendar quarters (January to March, …). Null when it names none.
 */
export function readFiguresPeriod(words: string, now: Date): PeriodPhrase | null {
  for (const phrase of PHRASES) {
    const found = phrase.pattern.exec(words);
    const period = found && phrase.period(found, now);
    if (found && period) return { period, matched: found[0] };
  }
  return null;
}
