import { themeCounts, type ThemeCount, type ThemeSource, type ThemedRecord } from '../themes/theme-counts.js';
import type { Theme } from '../themes/theme.js';
import type { DayFacts } from './grade-figures.js';

/**
 * What the figures read of a finding, focus group or visit for its themes: the day and the theme ids, never
 * the text, the author or the case. Figures are aggregate only, so no excerpt is drawn from them.
 */
export interface ThemeFacts {
  readonly challengeDayId: string;
  readonly learningThemeIds?: readonly string[] | undefined;
}

/** One learning theme in the figures: how often it was recorded, where, and its trend across the days. */
export interface ThemeFigures {
  readonly themeId: string;
  /** The vocabulary's name, "(retired)" after a retired one; "A removed theme" if it is no longer known. */
  readonly name: string;
  /** Findings, focus groups and visit notes of the period that carry it. */
  readonly count: number;
  readonly bySource: Readonly<Record<ThemeSource, number>>;
  /** How many of the period's Challenge Days recorded it at least once. */
  readonly days: number;
  readonly byMonth: ThemeCount['byMonth'];
  readonly trend: ThemeCount['trend'];
}

/** The themed records of the period's days, as the themes answer counts them, without their text. */
export interface ThemesRead {
  readonly findings: readonly ThemeFacts[];
  readonly focusGroups: readonly ThemeFacts[];
  readonly visits: readonly ThemeFacts[];
}

/**
 * The learning themes recorded on the given Challenge Days, most frequent first, counted by the same rules as
 * the "recurring themes" answer (themeCounts). Only the days passed in count: the caller keeps them to the
 * districts in scope and the period.
 */
export function themeFigures(
  days: readonly DayFacts[],
  read: ThemesRead,
  vocabulary: readonly Pick<Theme, '_id' | 'name' | 'retiredAt'>[],
  period: { readonly from: Date; readonly until: Date },
): ThemeFigures[] {
  const dayById = new Map(days.map((day) => [day._id, day]));
  const recordsOf = (source: ThemeSource, captured: readonly ThemeFacts[]): ThemedRecord[] =>
    captured.flatMap((each) => {
      const day = dayById.get(each.challengeDayId);
      if (!day || !each.learningThemeIds || each.learningThemeIds.length === 0) return [];
      const { districtId, date } = day;
      return [
        { source, themeIds: each.learningThemeIds, challengeDayId: day._id, districtId, dayDate: date, texts: [] },
      ];
    });
  const records = [
    ...recordsOf('case_finding', read.findings),
    ...recordsOf('focus_group', read.focusGroups),
    ...recordsOf('observed_visit', read.visits),
  ];
  const names = new Map(vocabulary.map((theme) => [theme._id, theme]));
  return themeCounts(records, period).map((counted) => {
    const theme = names.get(counted.themeId);
    const carrying = records.filter((record) => record.themeIds.includes(counted.themeId));
    const from = (source: ThemeSource) => carrying.filter((record) => record.source === source).length;
    return {
      themeId: counted.themeId,
      name: theme ? `${theme.name}${theme.retiredAt ? ' (retired)' : ''}` : 'A removed theme',
      count: counted.count,
      bySource: {
        case_finding: from('case_finding'),
        focus_group: from('focus_group'),
        observed_visit: from('observed_visit'),
      },
      days: counted.byDay.filter((day) => day.count > 0).length,
      byMonth: counted.byMonth,
      trend: counted.trend,
    };
  });
}
