import { Info } from 'luxon';
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Programme } from '../domain/programme/programme.js';
import { inBlackout, type ProgrammeDay } from '../domain/programme/propose-dates.js';
import { isBankHoliday, isWeekend } from '../domain/scheduling/working-days.js';
import { CHART_FONT_FAMILY, canvasWithChartFont } from './chart-font.js';

/** Colours told apart with the common kinds of colour blindness (Okabe–Ito, then their darker kin), on white. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#999933', '#882255'] as const;
const MONTHS = Info.months('long', { locale: 'en-GB' });
const WEEKDAYS = ['M', 'T', 'W', 'T', 'F', 'S', 'S'];

const COLUMNS = 4;
const CELL = 36;
const MONTH_WIDTH = CELL * 7;
const MONTH_HEIGHT = 30 + 20 + CELL * 6;
const GAP = 28;
const MARGIN = 32;
const HEADER = 70;
const LEGEND_LINE = 26;
const DAY_MS = 86_400_000;

export const CALENDAR_WIDTH = MARGIN * 2 + COLUMNS * MONTH_WIDTH + (COLUMNS - 1) * GAP;

/**
 * The year's programme as a calendar picture: twelve months, each district's days in its own colour (a day two
 * districts share is split between their colours), bank holidays and blackout dates shaded, and a key. Dates only:
 * nothing about any case or person.
 */
export async function renderProgrammeCalendar(
  programme: Pick<Programme, 'year' | 'blackouts'>,
  days: readonly ProgrammeDay[],
  districtNames: ReadonlyMap<string, string>,
): Promise<Buffer> {
  const { createCanvas } = await canvasWithChartFont();
  const districtIds = [...new Set(days.map((day) => day.districtId))].sort((a, b) =>
    (districtNames.get(a) ?? a).localeCompare(districtNames.get(b) ?? b),
  );
  const colourOf = (id: string) => COLOURS[districtIds.indexOf(id) % COLOURS.length] ?? COLOURS[0];
  const legendRows = Math.ceil((districtIds.length + 2) / COLUMNS);
  const height = HEADER + 3 * MONTH_HEIGHT + 2 * GAP + GAP + legendRows * LEGEND_LINE + MARGIN;
  const canvas = createCanvas(CALENDAR_WIDTH, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, CALENDAR_WIDTH, height);
  context.fillStyle = '#111111';
  context.font = `bold 26px "${CHART_FONT_FAMILY}"`;
  context.fillText(`Challenge Day programme ${programme.year}`, MARGIN, 44);

  const byDate = new Map<number, ProgrammeDay[]>();
  for (const day of days.filter((candidate) => candidate.state !== 'skipped')) {
    byDate.set(day.date.getTime(), [...(byDate.get(day.date.getTime()) ?? []), day]);
  }
  for (let month = 0; month < 12; month++) {
    const left = MARGIN + (month % COLUMNS) * (MONTH_WIDTH + GAP);
    const top = HEADER + Math.floor(month / COLUMNS) * (MONTH_HEIGHT + GAP);
    drawMonth(context, programme, month, left, top, byDate, colourOf);
  }
  const legendTop = HEADER + 3 * MONTH_HEIGHT + 3 * GAP;
  const entries = [
    ...districtIds.map((id) => ({ label: districtNames.get(id) ?? id, colour: colourOf(id) })),
    { label: 'Bank holiday', colour: '#bbbbbb' },
    { label: 'Blackout date', colour: '#e4e4e4' },
  ];
  entries.forEach((entry, index) => {
    const left = MARGIN + (index % COLUMNS) * (MONTH_WIDTH + GAP);
    const top = legendTop + Math.floor(index / COLUMNS) * LEGEND_LINE;
    context.fillStyle = entry.colour;
    context.fillRect(left, top, 18, 18);
    context.fillStyle = '#111111';
    context.font = `15px "${CHART_FONT_FAMILY}"`;
    context.fillText(entry.label.slice(0, 30), left + 26, top + 15);
  });
  return canvas.encode('png');
}

function drawMonth(
  context: SKRSContext2D,
  programme: Pick<Programme, 'year' | 'blackouts'>,
  month: number,
  left: number,
  top: number,
  byDate: ReadonlyMap<number, ProgrammeDay[]>,
  colourOf: (districtId: string) => string,
): void {
  context.fillStyle = '#111111';
  context.font = `bold 18px "${CHART_FONT_FAMILY}"`;
  context.fillText(MONTHS[month] ?? '', left, top + 20);
  context.font = `13px "${CHART_FONT_FAMILY}"`;
  WEEKDAYS.forEach((weekday, index) => context.fillText(weekday, left + index * CELL + 13, top + 44));
  const first = Date.UTC(programme.year, month, 1);
  const offset = (new Date(first).getUTCDay() + 6) % 7;
  const length = new Date(Date.UTC(programme.year, month + 1, 0)).getUTCDate();
  for (let dayOfMonth = 1; dayOfMonth <= length; dayOfMonth++) {
    const date = new Date(first + (dayOfMonth - 1) * DAY_MS);
    const position = offset + dayOfMonth - 1;
    const x = left + (position % 7) * CELL;
    const y = top + 50 + Math.floor(position / 7) * CELL;
    const held = byDate.get(date.getTime()) ?? [];
    if (held.length > 0) {
      const stripe = (CELL - 2) / held.length;
      held.forEach((day, index) => {
        context.fillStyle = colourOf(day.districtId);
        context.fillRect(x + 1 + index * stripe, y + 1, stripe, CELL - 2);
      });
    } else if (isBankHoliday(date)) {
      context.fillStyle = '#bbbbbb';
      context.fillRect(x + 1, y + 1, CELL - 2, CELL - 2);
    } else if (inBlackout(date, programme.blackouts)) {
      context.fillStyle = '#e4e4e4';
      context.fillRect(x + 1, y + 1, CELL - 2, CELL - 2);
    }
    context.fillStyle = held.length > 0 ? '#ffffff' : isWeekend(date) ? '#999999' : '#111111';
    context.font = `${held.length > 0 ? 'bold ' : ''}14px "${CHART_FONT_FAMILY}"`;
    context.fillText(String(dayOfMonth), x + (dayOfMonth < 10 ? 13 : 8), y + 23);
  }
}
