import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration, type Plugin } from 'chart.js';
import { AUDIT_DOMAIN_LABELS } from '../domain/case-finding/audit-domains.js';
import { OFSTED_GRADE_LABELS, OFSTED_GRADES } from '../domain/case-finding/grades.js';
import { periodLabel } from '../domain/performance/figures-period.js';
import type { PerformanceFigures } from '../domain/performance/performance-figures.js';
import { shortMonthLabel } from '../domain/scheduling/periods.js';
import { CHART_FONT_FAMILY, registerChartFont } from './chart-font.js';

/** The charts a figures card shows; "districts" only when districts are side by side. */
export const FIGURE_CHARTS = ['actions', 'grades', 'districts'] as const;
export type FigureChart = (typeof FIGURE_CHARTS)[number];

export const CHART_WIDTH = 960;
export const CHART_HEIGHT = 480;

/** Colours told apart with the common kinds of colour blindness (Okabe–Ito), on white. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9'] as const;
const GRADE_COLOURS = ['#009E73', '#56B4E9', '#E69F00', '#D55E00'] as const;

Chart.register(...registerables);

/** Chart.js draws on a transparent canvas; chat clients in dark mode would show black text on black. */
const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw: (chart) => {
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/** Which charts the figures have something to draw in. */
export function chartsFor(figures: PerformanceFigures): FigureChart[] {
  return FIGURE_CHARTS.filter((chart) => chart !== 'districts' || figures.byDistrict.length > 1);
}

/** One chart of the figures as a PNG, drawn with Chart.js on a server-side canvas in the project's own font. */
export async function renderFigureChart(figures: PerformanceFigures, chart: FigureChart): Promise<Buffer> {
  registerChartFont();
  const canvas = createCanvas(CHART_WIDTH, CHART_HEIGHT);
  const configuration = CONFIGURATIONS[chart](figures);
  const drawn = new Chart(
    canvas as unknown as ConstructorParameters<typeof Chart>[0],
    {
      ...configuration,
      options: {
        ...configuration.options,
        responsive: false,
        animation: false,
        devicePixelRatio: 1,
        font: { family: CHART_FONT_FAMILY, size: 14 },
        plugins: {
          ...configuration.options?.plugins,
          title: { display: true, text: titleOf(figures, chart), font: { family: CHART_FONT_FAMILY, size: 18 } },
          legend: { labels: { font: { family: CHART_FONT_FAMILY, size: 14 } } },
        },
      },
      plugins: [whiteBackground],
    } as ChartConfiguration,
  );
  try {
    return await canvas.encode('png');
  } finally {
    drawn.destroy();
  }
}

const TITLES: Record<FigureChart, string> = {
  actions: 'Actions by month',
  grades: 'Cases by grade in each audit domain',
  districts: 'Districts side by side',
};

function titleOf(figures: PerformanceFigures, chart: FigureChart): string {
  return `${TITLES[chart]}, ${periodLabel(figures.period)}`;
}

const countAxis = { beginAtZero: true, ticks: { precision: 0, font: { family: CHART_FONT_FAMILY } } };
const labelAxis = { ticks: { font: { family: CHART_FONT_FAMILY } } };

const CONFIGURATIONS: Record<FigureChart, (figures: PerformanceFigures) => ChartConfiguration> = {
  actions: (figures) => ({
    type: 'bar',
    data: {
      labels: figures.months.map((month) => shortMonthLabel(month.month)),
      datasets: [
        { label: 'Raised', data: figures.months.map((month) => month.raised), backgroundColor: COLOURS[0] },
        { label: 'Fell due', data: figures.months.map((month) => month.due), backgroundColor: COLOURS[1] },
        {
          label: 'Completed on time',
          data: figures.months.map((month) => month.completedOnTime),
          backgroundColor: COLOURS[2],
        },
        {
          label: 'Acknowledged within 2 working days',
          data: figures.months.map((month) => month.acknowledgedInTime),
          backgroundColor: COLOURS[5],
        },
      ],
    },
    options: { scales: { y: countAxis, x: labelAxis } },
  }),
  grades: (figures) => ({
    type: 'bar',
    data: {
      labels: [...figures.grades.domains.map((domain) => AUDIT_DOMAIN_LABELS[domain.domain]), 'Overall'],
      datasets: OFSTED_GRADES.map((grade, at) => ({
        label: OFSTED_GRADE_LABELS[grade],
        data: [...figures.grades.domains.map((domain) => domain.counts[grade]), figures.grades.overall[grade]],
        backgroundColor: GRADE_COLOURS[at],
      })),
    },
    options: { indexAxis: 'y', scales: { x: { ...countAxis, stacked: true }, y: { ...labelAxis, stacked: true } } },
  }),
  districts: (figures) => ({
    type: 'bar',
    data: {
      labels: figures.byDistrict.map((district) => district.name),
      datasets: [
        { label: 'Raised', data: figures.byDistrict.map((d) => d.actions.raised), backgroundColor: COLOURS[0] },
        { label: 'Fell due', data: figures.byDistrict.map((d) => d.actions.due), backgroundColor: COLOURS[1] },
        {
          label: 'Completed on time',
          data: figures.byDistrict.map((d) => d.actions.completedOnTime),
          backgroundColor: COLOURS[2],
        },
        { label: 'Overdue now', data: figures.byDistrict.map((d) => d.overdueNow), backgroundColor: COLOURS[3] },
      ],
    },
    options: { scales: { y: countAxis, x: labelAxis } },
  }),
};
