import { ACKNOWLEDGE_WITHIN_WORKING_DAYS } from '../domain/action/action-performance.js';
import { AUDIT_DOMAIN_LABELS } from '../domain/case-finding/audit-domains.js';
import { OFSTED_GRADE_LABELS, OFSTED_GRADES } from '../domain/case-finding/grades.js';
import type { PerformanceFigures } from '../domain/performance/performance-figures.js';
import { shortMonthLabel } from '../domain/scheduling/periods.js';
import type { FigureChart } from './figure-charts.js';

/** One coloured set of bars: its legend and a count per label along the axis. */
export interface FigureSeries {
  readonly legend: string;
  readonly values: readonly { readonly x: string; readonly y: number }[];
}

/**
 * What each chart of the figures draws, as named series over the same labels. The PNG image and Teams' own
 * chart element are both drawn from these, so the two never disagree.
 */
export function figureSeries(figures: PerformanceFigures, chart: FigureChart): FigureSeries[] {
  return SERIES[chart](figures);
}

function seriesOver<Item>(items: readonly Item[], label: (item: Item) => string) {
  return (legend: string, count: (item: Item) => number): FigureSeries => ({
    legend,
    values: items.map((item) => ({ x: label(item), y: count(item) })),
  });
}

const SERIES: Record<FigureChart, (figures: PerformanceFigures) => FigureSeries[]> = {
  actions: (figures) => {
    const byMonth = seriesOver(figures.months, (month) => shortMonthLabel(month.month));
    return [
      byMonth('Raised', (month) => month.raised),
      byMonth('Fell due', (month) => month.due),
      byMonth('Completed on time', (month) => month.completedOnTime),
      byMonth(
        `Acknowledged within ${ACKNOWLEDGE_WITHIN_WORKING_DAYS} working days`,
        (month) => month.acknowledgedInTime,
      ),
    ];
  },
  grades: (figures) => {
    const rows = [
      ...figures.grades.domains.map((domain) => ({ label: AUDIT_DOMAIN_LABELS[domain.domain], counts: domain.counts })),
      { label: 'Overall', counts: figures.grades.overall },
    ];
    const byDomain = seriesOver(rows, (row) => row.label);
    return OFSTED_GRADES.map((grade) => byDomain(OFSTED_GRADE_LABELS[grade], (row) => row.counts[grade]));
  },
  districts: (figures) => {
    const byDistrict = seriesOver(figures.byDistrict, (district) => district.name);
    return [
      byDistrict('Raised', (district) => district.actions.raised),
      byDistrict('Fell due', (district) => district.actions.due),
      byDistrict('Completed on time', (district) => district.actions.completedOnTime),
      byDistrict('Overdue now', (district) => district.overdueNow),
    ];
  },
};
