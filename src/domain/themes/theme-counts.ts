import { DateTime } from 'luxon';
import { addMonths, monthOf } from '../scheduling/periods.js';
import { isShareableExcerpt, sentencesOf } from './safe-excerpt.js';
import { themeMatcher } from './suggest-themes.js';
import type { Theme } from './theme.js';

/** Calendar dates from `from` up to, not including, `until` (stored as 00:00 UTC of the London day). */
export interface ThemePeriod {
  readonly from: Date;
  readonly until: Date;
}

/** Where a theme was recorded. */
export type ThemeSource = 'case_finding' | 'focus_group' | 'observed_visit';

/** A case finding, focus group or observed visit as theme counting sees it: no author, no case. */
export interface ThemedRecord {
  readonly source: ThemeSource;
  readonly themeIds: readonly string[];
  readonly challengeDayId: string;
  readonly districtId: string;
  /** The Challenge Day's calendar date. */
  readonly dayDate: Date;
  /** What was written on it, for example excerpts (checked sentence by sentence before any is shown). */
  readonly texts: readonly string[];
}

export interface DayCount {
  readonly challengeDayId: string;
  readonly districtId: string;
  readonly date: Date;
  readonly count: number;
}

export interface ThemeCount {
  readonly themeId: string;
  /** How many records in the period carry it. */
  readonly count: number;
  /** Each month of the period ("2026-11"), oldest first, with the records of days in it; months without any too. */
  readonly byMonth: readonly { readonly month: string; readonly count: number }[];
  /** Each Challenge Day of the period that recorded anything, oldest first: the trend across days. */
  readonly byDay: readonly DayCount[];
  readonly trend: 'rising' | 'falling' | 'steady' | 'once';
  /** Up to two sentences from the records that carry it, each naming nobody and no case. */
  readonly excerpts: readonly string[];
}

/** What excerpts are chosen with: the vocabulary (to prefer a sentence that says the theme) and the names to avoid. */
export interface ExcerptRules {
  readonly themes: readonly Theme[];
  readonly namesToAvoid: ReadonlySet<string>;
}

const EXCERPTS_PER_THEME = 2;

/**
 * The themes recorded on Challenge Days in a period, most frequent first: how many findings, focus groups and
 * visits carry each, by month and by day, whether that is rising, and up to two example sentences that pass
 * the identity checks. Nothing here names a worker: records come in without their authors. Pure, so the
 * performance figures can count themes from the same records.
 */
export function themeCounts(
  records: readonly ThemedRecord[],
  period: ThemePeriod,
  excerpts: ExcerptRules = { themes: [], namesToAvoid: new Set() },
): ThemeCount[] {
  const inPeriod = records.filter((record) => record.dayDate >= period.from && record.dayDate < period.until);
  const days = daysOf(inPeriod);
  const months = monthsOf(period);
  // Each day's month once: a London month of a date is not cheap to work out thousands of times over.
  const monthOfDay = new Map(days.map((day) => [day.challengeDayId, monthOf(day.date)]));
  const themeIds = [...new Set(inPeriod.flatMap((record) => record.themeIds))];
  return themeIds
    .map((themeId): ThemeCount => {
      const carrying = inPeriod.filter((record) => record.themeIds.includes(themeId));
      const perDay = tally(carrying.map((record) => record.challengeDayId));
      const perMonth = tally(carrying.map((record) => monthOfDay.get(record.challengeDayId) ?? ''));
      const byDay = days.map((day) => ({ ...day, count: perDay.get(day.challengeDayId) ?? 0 }));
      return {
        themeId,
        count: carrying.length,
        byMonth: months.map((month) => ({ month, count: perMonth.get(month) ?? 0 })),
        byDay,
        trend: trendOf(byDay.map((day) => day.count)),
        excerpts: excerptsFor(
          carrying,
          excerpts.themes.find((theme) => theme._id === themeId),
          excerpts.namesToAvoid,
        ),
      };
    })
    .sort((a, b) => b.count - a.count || a.themeId.localeCompare(b.themeId));
}

function tally(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function daysOf(records: readonly ThemedRecord[]): Omit<DayCount, 'count'>[] {
  const days = new Map<string, Omit<DayCount, 'count'>>();
  for (const record of records) {
    days.set(record.challengeDayId, {
      challengeDayId: record.challengeDayId,
      districtId: record.districtId,
      date: record.dayDate,
    });
  }
  return [...days.values()].sort(
    (a, b) => a.date.getTime() - b.date.getTime() || a.districtId.localeCompare(b.districtId),
  );
}

/** The months a period touches, oldest first. */
function monthsOf(period: ThemePeriod): string[] {
  const last = monthOf(DateTime.fromJSDate(period.until, { zone: 'utc' }).minus({ days: 1 }).toJSDate());
  const months: string[] = [];
  for (let month = monthOf(period.from); month <= last && months.length < 120; month = addMonths(month, 1)) {
    months.push(month);
  }
  return months;
}

/** Rising when the later half of the days carries it more often than the earlier half. */
function trendOf(counts: readonly number[]): ThemeCount['trend'] {
  if (counts.length < 2) return 'once';
  const half = Math.floor(counts.length / 2);
  const earlier = counts.slice(0, half).reduce((sum, count) => sum + count, 0) / half;
  const later = counts.slice(counts.length - half).reduce((sum, count) => sum + count, 0) / half;
  if (later > earlier) return 'rising';
  return later < earlier ? 'falling' : 'steady';
}

/**
 * The newest sentences first; with the theme known, only those that say it (another sentence of the same
 * record would be a poor example of it). Each must be shareable.
 */
function excerptsFor(records: readonly ThemedRecord[], theme: Theme | undefined, namesToAvoid: ReadonlySet<string>) {
  const saysTheme = theme ? themeMatcher(theme) : () => true;
  const chosen: string[] = [];
  const newestFirst = [...records].sort((a, b) => b.dayDate.getTime() - a.dayDate.getTime());
  for (const record of newestFirst) {
    for (const sentence of record.texts.flatMap(sentencesOf)) {
      if (chosen.length === EXCERPTS_PER_THEME) return chosen;
      if (chosen.includes(sentence) || !saysTheme(sentence)) continue;
      if (isShareableExcerpt(sentence, namesToAvoid)) chosen.push(sentence);
    }
  }
  return chosen;
}
