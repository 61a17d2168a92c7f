import type { Fact, PerformanceFiguresData } from '../../cards/card-data.js';
import { CARD_LIMITS } from '../../cards/card-limits.js';
import { displayDate, displayDateTime, displayTime } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import { ACKNOWLEDGE_WITHIN_WORKING_DAYS, percentage } from '../../domain/action/action-performance.js';
import { AUDIT_DOMAIN_LABELS } from '../../domain/case-finding/audit-domains.js';
import { figuresHeading } from '../../domain/performance/figures-heading.js';
import { periodLabel } from '../../domain/performance/figures-period.js';
import type { PerformanceFigures } from '../../domain/performance/performance-figures.js';
import type { FigureCardLinks } from '../../figures/figure-card-links.js';
import { figureSeries } from '../../figures/figure-series.js';
import type { Reply } from '../reply.js';
import { figuresThemesSection } from './figures-themes-section.js';

/** "3 of 4 (75%)"; "none yet" when there is nothing to measure, so no rate is shown for nothing. */
function outOf(part: number, whole: number, none: string): string {
  const rate = percentage(part, whole);
  return rate === null ? none : `${part} of ${whole} (${rate}%)`;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * The figures as a card: counts beside what they are out of, a chart for each section that has something to
 * draw (Teams' own chart element, falling back to the PNG image where a client has no charts), the Challenge
 * Days' trend, the learning themes, the districts side by side, and the person's spreadsheet link.
 */
export function performanceFiguresReply(figures: PerformanceFigures, links: FigureCardLinks): Reply {
  const { totals, grades } = figures;
  const names = new Map(figures.districts.map((district) => [district._id, district.name]));
  const dayCount = figures.days.length;
  const recentDays = figures.days.slice(-CARD_LIMITS.figuresDays);
  // The card's facts and Teams' chart show the first districts; the image and the spreadsheet show every one.
  const shownDistricts = figures.byDistrict.slice(0, CARD_LIMITS.performanceDistricts);
  const data: PerformanceFiguresData = {
    title: figuresHeading(figures),
    subtitle: `As at ${displayDateTime(figures.asAt)} · ${
      figures.scope.kind === 'district' ? 'one district' : plural(figures.districts.length, 'district')
    }`,
    actionFacts: [
      { title: 'Raised', value: String(totals.raised) },
      { title: 'Completed on time', value: outOf(totals.completedOnTime, totals.due, 'none fell due yet') },
      {
        title: `Acknowledged within ${ACKNOWLEDGE_WITHIN_WORKING_DAYS} working days`,
        value: outOf(totals.acknowledgedInTime, totals.acknowledgeMeasured, 'none to measure yet'),
      },
      { title: 'Overdue now', value: String(figures.overdueNow) },
    ],
    actionsChart: figureSeries(figures, 'actions'),
    actionsChartUrl: links.charts.actions ?? '',
    actionsChartText: `Actions by month, ${periodLabel(figures.period)}: ${figures.months
      .map((month) => `${month.month} raised ${month.raised}, fell due ${month.due}, on time ${month.completedOnTime}`)
      .join('; ')}.`,
    gradesLabel:
      grades.cases === 0
        ? 'No cases were graded on Challenge Days in this period.'
        : `${plural(grades.cases, 'case')} graded on ${plural(dayCount, 'Challenge Day')}; moderated grades stand.`,
    gradeFacts:
      grades.cases === 0
        ? []
        : [
            ...grades.domains.map((domain) => ({
              title: AUDIT_DOMAIN_LABELS[domain.domain],
              value: `good or better: ${outOf(domain.counts.outstanding + domain.counts.good, grades.cases, '')}`,
            })),
            {
              title: 'Overall',
              value: `good or better: ${outOf(grades.overall.outstanding + grades.overall.good, grades.cases, '')}`,
            },
          ],
    gradesChart: figureSeries(figures, 'grades'),
    gradesChartUrl: grades.cases === 0 ? '' : (links.charts.grades ?? ''),
    gradesChartText: `Cases by grade in each audit domain: ${grades.domains
      .map(
        (domain) =>
          `${AUDIT_DOMAIN_LABELS[domain.domain]} outstanding ${domain.counts.outstanding}, good ${domain.counts.good}, requires improvement ${domain.counts.requires_improvement}, inadequate ${domain.counts.inadequate}`,
      )
      .join('; ')}.`,
    dayFacts: recentDays.map((day): Fact => ({
      title: `${displayDate(day.date)}, ${names.get(day.districtId) ?? day.districtId}`,
      value: outOf(day.goodOrBetter.overall, day.cases, ''),
    })),
    ...figuresThemesSection(figures),
    districtFacts: shownDistricts.map((district) => ({
      title: district.name,
      value: `raised ${district.actions.raised} · on time ${outOf(district.actions.completedOnTime, district.actions.due, 'none due')} · overdue now ${district.overdueNow} · good or better ${outOf(district.goodOrBetter, district.cases, 'no cases')}`,
    })),
    districtsChart: figureSeries({ ...figures, byDistrict: shownDistricts }, 'districts'),
    districtsChartUrl: figures.byDistrict.length > 1 ? (links.charts.districts ?? '') : '',
    districtsChartText: `Districts side by side: ${figures.byDistrict
      .map((district) => `${district.name} raised ${district.actions.raised}, overdue now ${district.overdueNow}`)
      .join('; ')}.`,
    notesLabel: [
      'An action counts in the month it was given and in the month it fell due (its current due date, after any approved change); working days leave out weekends and bank holidays.',
      dayCount > recentDays.length || figures.byDistrict.length > CARD_LIMITS.performanceDistricts
        ? 'The card shows the latest; the spreadsheet has every Challenge Day and district.'
        : '',
      `The spreadsheet link is for you only, until ${displayTime(links.expiresAt)}; the charts show until ${displayDateTime(links.chartsExpireAt)}.`,
    ]
      .filter(Boolean)
      .join(' '),
    xlsxUrl: links.xlsxUrl,
  };
  return {
    card: renderCard('performance-figures', data),
    text: `${data.title}: ${totals.raised} actions raised, ${figures.overdueNow} overdue now`,
    audience: 'person',
  };
}
