import { monthPerformance } from '../../domain/action/action-performance.js';
import type { ApiClient } from '../../domain/api-access/api-client.js';
import { mayReadDistrict } from '../../domain/api-access/permissions.js';
import type { District } from '../../domain/districts/district.js';
import { periodAround, type FiguresPeriod } from '../../domain/performance/figures-period.js';
import type { FiguresScope } from '../../domain/performance/performance-figures.js';
import { monthRange } from '../../domain/scheduling/periods.js';
import { londonCalendarDate } from '../../domain/shared/london-time.js';
import { loadFigures } from '../../figures/load-figures.js';
import type { Stores } from '../../store/stores.js';
import { readParameters, refused, type ApiAnswer } from './api-answer.js';
import { performanceQuerySchema, apiPerformanceSchema } from './api-performance-schemas.js';
import { performanceView } from './api-performance-view.js';
import { monthPerformanceView } from './api-views.js';
import type { z } from 'zod/v4';

type PerformanceQuery = z.infer<typeof performanceQuerySchema>;
const NOT_UNDERSTOOD = 'The request was not understood: ';

/** The period a query names: `month` (the first form) or `period` and `start`; today's when it names none. */
function periodAsked(
  { period, start, month }: PerformanceQuery,
  now: Date,
): { value: FiguresPeriod } | { answer: ApiAnswer } {
  if (month !== undefined) {
    return period === undefined && start === undefined
      ? { value: { unit: 'month', firstMonth: month } }
      : { answer: refused(400, `${NOT_UNDERSTOOD}month=… is period=month&start=…; send one form or the other.`) };
  }
  const unit = period ?? 'month';
  if (start === undefined) return { value: periodAround(unit, now) };
  const monthNumber = Number(start.slice(5, 7));
  if (unit === 'quarter' && (monthNumber - 1) % 3 !== 0)
    return { answer: refused(400, `${NOT_UNDERSTOOD}start: a quarter starts in January, April, July or October.`) };
  if (unit === 'year' && monthNumber !== 1)
    return { answer: refused(400, `${NOT_UNDERSTOOD}start: a year starts in January.`) };
  return { value: { unit, firstMonth: start } };
}

/** Whose figures: the district asked for; else the county for a client of every district, else its districts. */
function scopeAsked(client: ApiClient, district: string | undefined): FiguresScope {
  if (district !== undefined) return { kind: 'district', districtId: district };
  return client.districts === 'all' ? { kind: 'county' } : { kind: 'compare' };
}

/**
 * `/performance`: the full figures of src/domain/performance (actions by month, overdue now, grades per domain
 * and per Challenge Day, each district's line) for a district, the county or the client's districts, over a
 * month, quarter or year. The first form, `?month=YYYY-MM` and its monthly lines per district, still works: a
 * one-month answer carries those lines too (deprecated in the document), so no client of v1 breaks.
 */
export function performanceEndpoint(stores: Stores, now: () => Date) {
  return async ({ client, query }: { client: ApiClient; query: unknown }): Promise<ApiAnswer> => {
    const asked = readParameters(performanceQuerySchema, query);
    if ('answer' in asked) return asked.answer;
    const at = now();
    const period = periodAsked(asked.value, at);
    if ('answer' in period) return period.answer;
    const { district } = asked.value;
    if (district !== undefined) {
      const allowed = mayReadDistrict(client, district);
      if (!allowed.ok) return refused(403, allowed.error.userMessage);
    }
    const districts = (await stores.districts.active()).filter(
      (candidate) =>
        mayReadDistrict(client, candidate._id).ok && (district === undefined || candidate._id === district),
    );
    if (districts.length === 0) return refused(404, 'There is no active district for these figures.');
    const scope = scopeAsked(client, district);
    const figures = await loadFigures(stores, {
      scope,
      period: period.value,
      districtIds: districts.map((one) => one._id),
      asAt: Math.floor(at.getTime() / 1000),
    });
    const firstFigures =
      period.value.unit === 'month' ? await monthlyLines(stores, districts, period.value.firstMonth, at) : undefined;
    return {
      status: 200,
      schema: apiPerformanceSchema,
      body: performanceView(figures, firstFigures),
      records: districts.length,
    };
  };
}

/** The monthly lines per district that /performance served first. */
async function monthlyLines(stores: Stores, districts: readonly District[], month: string, now: Date) {
  const { from, until } = monthRange(month);
  const today = londonCalendarDate(now);
  const lines = [];
  for (const { _id } of districts) {
    const actions = await stores.actions.dueOrGivenBetween(_id, from, until);
    lines.push(monthPerformanceView(_id, monthPerformance(actions, month, today)));
  }
  return { month, districts: lines };
}
