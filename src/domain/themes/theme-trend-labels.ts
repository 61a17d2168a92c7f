import type { ThemeCount } from './theme-counts.js';

/** A theme's trend across Challenge Days, in words, wherever it is shown (answer, figures card, spreadsheet). */
export const THEME_TREND_LABELS: Record<ThemeCount['trend'], string> = {
  rising: 'Rising',
  falling: 'Falling',
  steady: 'Steady',
  once: 'On one Challenge Day',
};
