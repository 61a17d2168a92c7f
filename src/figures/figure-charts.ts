import type { createCanvas as CreateCanvas } from '@napi-rs/canvas';
import type { Chart as ChartClass, ChartConfiguration, Plugin } from 'chart.js';
import { periodLabel } from '../domain/performance/figures-period.js';
import type { PerformanceFigures } from '../domain/performance/performance-figures.js';
import { CHART_FONT_FAMILY, canvasWithChartFont } from './chart-font.js';
import { figureSeries, type FigureSeries } from './figure-series.js';

/** The charts a figures card shows; "districts" only when districts are side by side. */
export const FIGURE_CHARTS = ['actions', 'grades', 'districts'] as const;
export type FigureChart = (typeof FIGURE_CHARTS)[number];

export const CHART_WIDTH = 960;
export const CHART_HEIGHT = 480;

/** Colours told apart with the common kinds of colour blindness (Okabe–Ito), on white. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9'] as const;
const GRADE_COLOURS = ['#009E73', '#56B4E9', '#E69F00', '#D55E00'] as const;

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
  const { Chart, createCanvas } = await chartDrawing();
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

let drawing: Promise<{ Chart: typeof ChartClass; createCanvas: typeof CreateCanvas }> | undefined;

/**
 * Chart.js, the canvas and the chart font, loaded when the first chart is drawn rather than at start: they are
 * large, and most of an instance's life is spent without drawing one.
 */
function chartDrawing() {
  drawing ??= (async () => {
    const [{ Chart, registerables }, canvas] = await Promise.all([import('chart.js'), canvasWithChartFont()]);
    Chart.register(...registerables);
    return { Chart, createCanvas: canvas.createCanvas };
  })();
  return drawing;
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

/** Chart.js bars of the series, each in its colour, over the labels they share. */
function barsOf(series: readonly FigureSeries[], colours: readonly string[]): ChartConfiguration<'bar'>['data'] {
  return {
    labels: series[0]?.values.map((value) => value.x) ?? [],
    datasets: series.map((one, at) => ({
      label: one.legend,
      data: one.values.map((value) => value.y),
      backgroundColor: colours[at % colours.length],
    })),
  };
}

const CONFIGURATIONS: Record<FigureChart, (figures: PerformanceFigures) => ChartConfiguration> = {
  actions: (figures) => ({
    type: 'bar',
    data: barsOf(figureSeries(figures, 'actions'), [COLOURS[0], COLOURS[1], COLOURS[2], COLOURS[5]]),
    options: { scales: { y: countAxis, x: labelAxis } },
  }),
  grades: (figures) => ({
    type: 'bar',
    data: barsOf(figureSeries(figures, 'grades'), GRADE_COLOURS),
    options: { indexAxis: 'y', scales: { x: { ...countAxis, stacked: true }, y: { ...labelAxis, stacked: true } } },
  }),
  districts: (figures) => ({
    type: 'bar',
    data: barsOf(figureSeries(figures, 'districts'), COLOURS),
    options: { scales: { y: countAxis, x: labelAxis } },
  }),
};
