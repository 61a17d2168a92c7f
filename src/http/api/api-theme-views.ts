import type { z } from 'zod/v4';
import type { Theme } from '../../domain/themes/theme.js';
import type { ThemeCount } from '../../domain/themes/theme-counts.js';
import { isoFromCalendarDate } from '../../domain/shared/london-time.js';
import type { apiThemeCountSchema, apiThemeSchema } from './api-theme-schemas.js';

export function themeView(theme: Theme): z.infer<typeof apiThemeSchema> {
  return { id: theme._id, name: theme.name, retired: theme.retiredAt !== undefined };
}

/** A theme's count, field by field: the domain's example sentences are never copied. */
export function themeCountView(counted: ThemeCount): z.infer<typeof apiThemeCountSchema> {
  return {
    themeId: counted.themeId,
    count: counted.count,
    byMonth: counted.byMonth.map(({ month, count }) => ({ month, count })),
    byDay: counted.byDay.map((day) => ({
      challengeDayId: day.challengeDayId,
      districtId: day.districtId,
      date: isoFromCalendarDate(day.date),
      count: day.count,
    })),
    trend: counted.trend,
  };
}
