import { periodRange } from '../domain/performance/figures-period.js';
import type { FiguresToken } from '../domain/performance/figures-token.js';
import { performanceFigures, type PerformanceFigures } from '../domain/performance/performance-figures.js';
import { londonCalendarDate } from '../domain/shared/london-time.js';
import type { Stores } from '../store/stores.js';

/**
 * The figures a token names, from the stores: the districts' actions given or due in the period (and any
 * overdue now), their Challenge Days held in it and those days' grades. Who may see them is decided before.
 */
export async function loadFigures(
  stores: Pick<Stores, 'actions' | 'caseFindings' | 'challengeDays' | 'districts'>,
  token: Pick<FiguresToken, 'scope' | 'period' | 'districtIds' | 'asAt'>,
): Promise<PerformanceFigures> {
  const now = new Date(token.asAt * 1000);
  const { from, until } = periodRange(token.period);
  const wanted = new Set(token.districtIds);
  const [all, actions, days] = await Promise.all([
    stores.districts.all(),
    stores.actions.factsForFigures(token.districtIds, from, until, londonCalendarDate(now)),
    stores.challengeDays.heldBetween(token.districtIds, from, until),
  ]);
  const findings = await stores.caseFindings.gradesForDays(days.map((day) => day._id));
  const districts = all
    .filter((district) => wanted.has(district._id))
    .map((district) => ({ _id: district._id, name: district.name }));
  return performanceFigures({ scope: token.scope, districts, period: token.period }, { actions, days, findings }, now);
}
