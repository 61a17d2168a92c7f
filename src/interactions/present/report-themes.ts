import { DateTime } from 'luxon';
import { themeCounts, type ThemeSource } from '../../domain/themes/theme-counts.js';
import { themedRecords, type CapturedOnDays } from '../../domain/themes/themed-records.js';
import type { Theme } from '../../domain/themes/theme.js';

const SOURCES: readonly (readonly [ThemeSource, string])[] = [
  ['case_finding', 'case finding'],
  ['focus_group', 'focus group'],
  ['observed_visit', 'visit'],
];

/**
 * A Challenge Day's learning themes as the report lists them, most frequent first: "Chronology: 3 (2 case
 * findings, 1 visit)". Counts only — never who recorded a theme, nor about which case.
 */
export function dayThemeLines(captured: CapturedOnDays, themes: readonly Theme[]): string[] {
  const day = captured.days[0];
  if (!day) return [];
  const records = themedRecords(captured);
  const period = { from: day.date, until: DateTime.fromJSDate(day.date, { zone: 'utc' }).plus({ days: 1 }).toJSDate() };
  return themeCounts(records, period).map((count) => {
    const name = themes.find((theme) => theme._id === count.themeId)?.name ?? 'A removed theme';
    const carrying = records.filter((record) => record.themeIds.includes(count.themeId));
    const parts = SOURCES.flatMap(([source, label]) => {
      const number = carrying.filter((record) => record.source === source).length;
      return number === 0 ? [] : [`${number} ${label}${number === 1 ? '' : 's'}`];
    });
    return `${name}: ${count.count} (${parts.join(', ')})`;
  });
}
