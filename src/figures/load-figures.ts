import { periodRange } from '../domain/performance/figures-period.js';
import type { FiguresToken } from '../domain/performance/figures-token.js';
import { performanceFigures, type PerformanceFigures } from '../domain/performance/performance-figures.js';
import { londonCalendarDate } from '../domain/shared/london-time.js';
import type { Stores } from '../store/stores.js';

/**
 * The figures a token names, from the stores: the districts' actions given or due in the period (and any
 * overdue now), their Challenge Days held in it, and those days' findings (grades and themes), focus groups and
 * visits (themes only), each read once. Who may see them is decided before.
 */
export async function loadFigures(
  stores: Pick<
    Stores,
    'actions' | 'caseFindings' | 'challengeDays' | 'districts' | 'focusGroupFeedback' | 'observedVisits' | 'themes'
  >,
  token: Pick<FiguresToken, 'scope' | 'period' | 'districtIds' | 'asAt'>,
): Promise<PerformanceFigures> {
  const now = new Date(token.asAt * 1000);
  const { from, until } = periodRange(token.period);
  const wanted = new Set(token.districtIds);
  const [all, actions, days, vocabulary] = await Promise.all([
    stores.districts.all(),
    stores.actions.factsForFigures(token.districtIds, from, until, londonCalendarDate(now)),
    stores.challengeDays.heldBetween(token.districtIds, from, until),
    stores.themes.all(),
  ]);
  const dayIds = days.map((day) => day._id);
  const [findings, focusGroups, visits] = await Promise.all([
    stores.caseFindings.gradesForDays(dayIds),
    stores.focusGroupFeedback.themesForDays(dayIds),
    stores.observedVisits.themesForDays(dayIds),
  ]);
  const districts = all
    .filter((district) => wanted.has(district._id))
    .map((district) => ({ _id: district._id, name: district.name }));
  return performanceFigures(
    { scope: token.scope, districts, period: token.period },
    { actions, days, findings, focusGroups, visits, vocabulary },
    now,
  );
}
