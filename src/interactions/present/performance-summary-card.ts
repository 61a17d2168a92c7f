import type { ChartSeries, Fact, PerformanceDistrictLine, PerformanceSummaryData } from '../../cards/card-data.js';
import { CARD_LIMITS, firstOf } from '../../cards/card-limits.js';
import { overdueLabel } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import { monthPerformance, percentage, type MonthPerformance } from '../../domain/action/action-performance.js';
import { addMonths, monthLabel, monthRange, shortMonthLabel } from '../../domain/scheduling/periods.js';
import { londonCalendarDate } from '../../domain/shared/london-time.js';
import type { OutgoingCard } from '../../outbox/platform-sender.js';
import { isActive } from '../../domain/districts/district.js';
import type { Stores } from '../../store/stores.js';
import { peopleNames } from './people-names.js';

/** The month reported and the ones before it that its trend is drawn against. */
export const TREND_MONTHS = 3;
const BAR_CELLS = 10;

/**
 * The monthly performance summary for the managers' channel: for each district, the share of actions due in
 * the month that were completed on time, the share of new actions acknowledged within two working days, the
 * oldest overdue action now, and the trend against the months before, with charts where Teams shows them.
 */
export async function performanceSummaryMessage(stores: Stores, month: string, now: Date): Promise<OutgoingCard> {
  const months = Array.from({ length: TREND_MONTHS }, (_, index) => addMonths(month, index - TREND_MONTHS + 1));
  const from = monthRange(months[0] ?? month).from;
  const until = monthRange(month).until;
  const today = londonCalendarDate(now);
  const measured = await Promise.all(
    (await stores.districts.all()).map(async (district) => {
      const actions = await stores.actions.dueOrGivenBetween(district._id, from, until);
      const oldest = await stores.actions.mostOverdueInDistrict(district._id, now);
      return {
        name: district.name,
        // A retired district is summarised while its actions still fall in the months shown or are overdue.
        shown: isActive(district) || actions.length > 0 || oldest !== null,
        months: months.map((each) => monthPerformance(actions, each, today)),
        oldest,
      };
    }),
  );
  const rows = measured.filter((row) => row.shown);
  const names = await peopleNames(
    stores,
    rows.flatMap((row) => (row.oldest ? [row.oldest.ownerId] : [])),
  );
  const current = (row: (typeof rows)[number]) => row.months.at(-1) ?? monthPerformance([], month, today);
  const lines: PerformanceDistrictLine[] = rows.map((row) => ({
    name: row.name,
    onTimeLabel: onTimeLabel(current(row)),
    acknowledgedLabel: acknowledgedLabel(current(row)),
    oldestOverdueLabel: row.oldest
      ? `${overdueLabel(row.oldest.dueDate, today)}: ${row.oldest.what} (${names.get(row.oldest.ownerId) ?? ''})`
      : 'None',
    trendLabel: trendLabel(row.months.at(-2), current(row)),
  }));
  const shown = firstOf(lines, CARD_LIMITS.performanceDistricts);
  const shownRows = rows.slice(0, shown.shown.length);
  const rated = shownRows.flatMap((row) => {
    const rate = percentage(current(row).onTime, current(row).due);
    return rate === null ? [] : [{ name: row.name, rate }];
  });
  const trendChart: ChartSeries[] = shownRows.flatMap((row) => {
    const values = row.months.flatMap((each) => {
      const rate = percentage(each.onTime, each.due);
      return rate === null ? [] : [{ x: shortMonthLabel(each.month), y: rate }];
    });
    return values.length > 0 ? [{ legend: row.name, values }] : [];
  });
  const trendLines: Fact[] = trendChart.map((series) => ({
    title: series.legend,
    value: series.values.map((point) => `${point.x} ${point.y}%`).join(' · '),
  }));
  const county = rows.reduce(
    (sum, row) => ({
      due: sum.due + current(row).due,
      onTime: sum.onTime + current(row).onTime,
      assigned: sum.assigned + current(row).assigned,
      acknowledgedInTime: sum.acknowledgedInTime + current(row).acknowledgedInTime,
    }),
    { due: 0, onTime: 0, assigned: 0, acknowledgedInTime: 0 },
  );
  const data: PerformanceSummaryData = {
    monthLabel: monthLabel(month),
    countyLabel: countySentence({ month, ...county }),
    districts: shown.shown,
    moreDistrictsCount: shown.moreCount,
    onTimeChart: rated.map((entry) => ({ x: entry.name, y: entry.rate })),
    onTimeBars: rated.map((entry) => ({ title: entry.name, value: textBar(entry.rate) })),
    trendChart,
    trendLines,
  };
  return {
    card: renderCard('performance-summary', data),
    text: `Action plan performance for ${monthLabel(month)}`,
  };
}

function countySentence(county: MonthPerformance): string {
  const onTime = percentage(county.onTime, county.due);
  const acknowledged = percentage(county.acknowledgedInTime, county.assigned);
  return [
    onTime === null
      ? 'Across the county no actions were due'
      : `Across the county ${onTime}% of the ${county.due} actions due were completed on time`,
    acknowledged === null
      ? 'no new actions were given.'
      : `${acknowledged}% of the ${county.assigned} new actions were acknowledged within 2 working days.`,
  ].join(', and ');
}

function onTimeLabel(performance: MonthPerformance): string {
  const rate = percentage(performance.onTime, performance.due);
  return rate === null ? 'No actions were due' : `${rate}% (${performance.onTime} of ${performance.due} due)`;
}

function acknowledgedLabel(performance: MonthPerformance): string {
  const rate = percentage(performance.acknowledgedInTime, performance.assigned);
  return rate === null
    ? 'No new actions'
    : `${rate}% (${performance.acknowledgedInTime} of ${performance.assigned} new actions)`;
}

/** "Up 12 points on October", "Down 5 points on October", "Same as October", or why there is no trend. */
function trendLabel(previous: MonthPerformance | undefined, current: MonthPerformance): string {
  const before = previous ? percentage(previous.onTime, previous.due) : null;
  const now = percentage(current.onTime, current.due);
  if (!previous || before === null || now === null) return 'Nothing to compare yet';
  const month = monthLabel(previous.month).split(' ')[0] ?? '';
  const change = now - before;
  if (change === 0) return `Same as ${month}`;
  return `${change > 0 ? 'Up' : 'Down'} ${Math.abs(change)} ${Math.abs(change) === 1 ? 'point' : 'points'} on ${month}`;
}

/** "███████░░░ 75%": a bar that reads the same in any client, for where charts do not show. */
export function textBar(rate: number): string {
  const filled = Math.round((rate / 100) * BAR_CELLS);
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)} ${rate}%`;
}
