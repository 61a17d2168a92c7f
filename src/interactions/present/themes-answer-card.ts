import type { Fact } from '../../cards/card-data.js';
import { displayDate } from '../../cards/display-time.js';
import { shortMonthLabel } from '../../domain/scheduling/periods.js';
import type { ThemeCount } from '../../domain/themes/theme-counts.js';
import { THEME_TREND_LABELS } from '../../domain/themes/theme-trend-labels.js';
import type { Theme } from '../../domain/themes/theme.js';
import type { Reply } from '../reply.js';
import { answer } from './message-cards.js';

/** How the answer reads: the title's place ("in Erewash"), the period, and the days or months view. */
export interface ThemesAnswerShape {
  readonly place: string;
  readonly periodLabel: string;
  /** One district: the trend day by day; several: month by month. */
  readonly byDay: boolean;
  readonly recordCount: number;
  readonly dayCount: number;
}

/**
 * "Recurring themes in Erewash": each theme with how often it was recorded, its trend across Challenge Days
 * or months, and up to two excerpts that name nobody. It never says who recorded a theme or about whom.
 */
export function themesAnswer(counts: readonly ThemeCount[], themes: readonly Theme[], shape: ThemesAnswerShape): Reply {
  const title = `Recurring themes ${shape.place}, ${shape.periodLabel}`;
  if (counts.length === 0) {
    return answer(
      title,
      [],
      shape.dayCount === 0
        ? 'No Challenge Day was held there in that time.'
        : `No learning themes were chosen on the ${shape.dayCount} Challenge Days held there in that time.`,
    );
  }
  const facts: Fact[] = counts.map((count) => {
    const theme = themes.find((candidate) => candidate._id === count.themeId);
    const name = `${theme?.name ?? 'A removed theme'}${theme?.retiredAt ? ' (retired)' : ''}`;
    const trend = shape.byDay
      ? count.byDay.map((day) => `${displayDate(day.date)}: ${day.count}`).join(' · ')
      : count.byMonth.map((month) => `${shortMonthLabel(month.month)} ${month.count}`).join(' · ');
    const excerpts = count.excerpts.map((excerpt) => `“${excerpt}”`).join(' ');
    return {
      title: `${name}: ${count.count}`,
      value: `${THEME_TREND_LABELS[count.trend]}. ${shape.byDay ? 'By Challenge Day' : 'By month'}: ${trend}.${excerpts ? ` For example: ${excerpts}` : ''}`,
    };
  });
  return answer(
    title,
    facts,
    `Counted from ${shape.recordCount} case findings, focus groups and visit notes on ${shape.dayCount} Challenge Days. Examples are left out where they might name someone or a case; themes are never tied to a person.`,
  );
}
