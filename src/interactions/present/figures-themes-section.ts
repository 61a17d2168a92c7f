import type { Fact } from '../../cards/card-data.js';
import { CARD_LIMITS } from '../../cards/card-limits.js';
import type { PerformanceFigures } from '../../domain/performance/performance-figures.js';
import type { ThemeFigures } from '../../domain/performance/theme-figures.js';
import { shortMonthLabel } from '../../domain/scheduling/periods.js';
import { THEME_TREND_LABELS } from '../../domain/themes/theme-trend-labels.js';

const SOURCES: readonly (readonly [keyof ThemeFigures['bySource'], string])[] = [
  ['case_finding', 'case finding'],
  ['focus_group', 'focus group'],
  ['observed_visit', 'visit note'],
];

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

/**
 * The figures card's learning themes: the most frequent, each with where it was recorded, on how many Challenge
 * Days, its trend and (over a quarter or a year) its months so far. Counts only: the figures quote no text, so
 * nothing here can name a worker or a case, and they stay the aggregate the chart and spreadsheet links promise.
 * Examples that name nobody are the themes answer's, under its own need-to-know.
 */
export function figuresThemesSection(
  figures: Pick<PerformanceFigures, 'themes' | 'months' | 'period' | 'districts' | 'scope'>,
): { themesLabel: string; themeFacts: Fact[] } {
  const { themes } = figures;
  if (themes.length === 0)
    return { themesLabel: 'No learning themes were chosen on Challenge Days in this period.', themeFacts: [] };
  const shown = themes.slice(0, CARD_LIMITS.figuresThemes);
  const monthsSoFar = new Set(figures.months.map((month) => month.month));
  const example = figures.scope.kind === 'district' ? ` in ${figures.districts[0]?.name ?? 'a district'}` : '';
  return {
    themesLabel: [
      `${plural(themes.length, 'theme')} recorded on Challenge Days in this period, most frequent first${
        themes.length > shown.length ? ` (the ${shown.length} most frequent here; every one in the spreadsheet)` : ''
      }.`,
      `Counts only, never who recorded a theme; for examples that name nobody, ask “recurring themes${example}”.`,
    ].join(' '),
    themeFacts: shown.map((theme) => {
      const where = SOURCES.flatMap(([source, label]) =>
        theme.bySource[source] === 0 ? [] : [plural(theme.bySource[source], label)],
      ).join(', ');
      const months =
        figures.period.unit === 'month'
          ? ''
          : ` · ${theme.byMonth
              .filter((month) => monthsSoFar.has(month.month))
              .map((month) => `${shortMonthLabel(month.month)} ${month.count}`)
              .join(' · ')}`;
      return {
        title: `${theme.name}: ${theme.count}`,
        value: `${where} on ${plural(theme.days, 'Challenge Day')} · ${THEME_TREND_LABELS[theme.trend]}${months}`,
      };
    }),
  };
}
