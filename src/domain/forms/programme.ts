import { z } from 'zod/v4';
import { calendarDateFromIso, isoFromCalendarDate } from '../shared/london-time.js';
import { MAX_REMINDER_WEEKS, MAX_WEEKS_APART, type Blackout } from '../programme/programme.js';
import { WEEKDAY_NAMES } from '../scheduling/digest-schedule.js';
import { wholeNumber } from './form-fields.js';
import { strictForm } from './strict-form.js';

const MAX_ROTA_LINES = 100;
const MAX_BLACKOUTS = 100;
const WORKING_WEEKDAYS = WEEKDAY_NAMES.slice(0, 5);

/** One line of the rota as written: the district by name, and when its days come. */
export interface RotaLine {
  readonly line: number;
  readonly districtName: string;
  readonly everyWeeks: number;
  readonly weekday: number;
  readonly firstDate: Date;
}

/** "2027-01-13" → the calendar date, or null when it is not a real date written that way. */
function dateWritten(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = calendarDateFromIso(text);
  return !Number.isNaN(date.getTime()) && isoFromCalendarDate(date) === text ? date : null;
}

/** "Wednesday", "wed" → 3; null for a weekend day or anything else. */
function weekdayWritten(text: string): number | null {
  const word = text.trim().toLowerCase();
  const index = WORKING_WEEKDAYS.findIndex((name) => word.length >= 3 && name.toLowerCase().startsWith(word));
  return index === -1 ? null : index + 1;
}

/**
 * Reads one rota line, "Erewash, every 8 weeks, Wednesday, from 2027-01-13" (or "Erewash, 8, Wed, 2027-01-13"):
 * the last three parts are the interval, the weekday and the first date; what comes before is the district.
 */
export function readRotaLine(text: string, line: number): RotaLine | string {
  const parts = text.split(',').map((part) => part.trim());
  const quoted = `Line ${line} (“${text.trim().slice(0, 60)}”)`;
  if (parts.length < 4) {
    return `${quoted}: write the district, how many weeks apart, the weekday and the first date, separated by commas, e.g. “Erewash, every 8 weeks, Wednesday, from 2027-01-13”.`;
  }
  const [weeksText = '', weekdayText = '', dateText = ''] = parts.slice(-3);
  const districtName = parts.slice(0, -3).join(', ');
  const weeks = /^(?:every\s+)?(\d{1,3})(?:\s+weeks?)?$/i.exec(weeksText);
  const everyWeeks = weeks ? Number(weeks[1]) : Number.NaN;
  if (!(everyWeeks >= 1 && everyWeeks <= MAX_WEEKS_APART)) {
    return `${quoted}: write how many weeks apart its days are as a whole number from 1 to ${MAX_WEEKS_APART}, e.g. “every 8 weeks”.`;
  }
  const weekday = weekdayWritten(weekdayText);
  if (weekday === null) return `${quoted}: write the weekday as Monday to Friday.`;
  const firstDate = dateWritten(dateText.replace(/^from\s+/i, ''));
  if (!firstDate) return `${quoted}: write the first date as YYYY-MM-DD, e.g. “from 2027-01-13”.`;
  if (districtName.length === 0 || districtName.length > 80)
    return `${quoted}: start the line with the district’s name.`;
  return { line, districtName, everyWeeks, weekday, firstDate };
}

/** Reads the blackout dates: "2027-07-23 to 2027-09-01" or one date, separated by commas or new lines. */
export function readBlackouts(text: string): Blackout[] | string {
  const entries = text
    .split(/[,\n;]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.length > MAX_BLACKOUTS) return `Give no more than ${MAX_BLACKOUTS} blackout dates or ranges.`;
  const blackouts: Blackout[] = [];
  for (const entry of entries) {
    const [fromText = '', toText, ...rest] = entry.split(/\s+to\s+/i).map((part) => part.trim());
    const from = dateWritten(fromText);
    const to = toText === undefined ? from : dateWritten(toText);
    if (!from || !to || rest.length > 0) {
      return `“${entry.slice(0, 40)}” is not a blackout date: write each as YYYY-MM-DD, or a range as “2027-07-23 to 2027-09-01”.`;
    }
    if (to < from) return `“${entry.slice(0, 40)}” ends before it starts: write the earlier date first.`;
    blackouts.push({ from, to });
  }
  return blackouts;
}

/**
 * The programme form: the rota (one line per district), the county-wide blackout dates and the reminder's lead
 * time in weeks. What is not written correctly is refused beside its input, naming the line; districts are
 * matched to the county's by the domain (set-programme.ts), which knows them.
 */
export const programmeSubmissionSchema = strictForm({
  rota: z
    .string({ error: 'Write a line for each district.' })
    .max(MAX_ROTA_LINES * 160, { error: 'Keep the rota shorter.' })
    .transform((text, ctx) => {
      const lines = text
        .split('\n')
        .map((line, index) => ({ text: line, line: index + 1 }))
        .filter((line) => line.text.trim().length > 0);
      if (lines.length === 0)
        ctx.issues.push({ code: 'custom', message: 'Write a line for each district.', input: text });
      if (lines.length > MAX_ROTA_LINES) {
        ctx.issues.push({ code: 'custom', message: `Write no more than ${MAX_ROTA_LINES} lines.`, input: text });
      }
      const read = lines.map((line) => readRotaLine(line.text, line.line));
      for (const problem of read.filter((entry) => typeof entry === 'string')) {
        ctx.issues.push({ code: 'custom', message: problem, input: text });
      }
      return read.filter((entry): entry is RotaLine => typeof entry !== 'string');
    }),
  blackouts: z
    .string()
    .max(MAX_BLACKOUTS * 30, { error: 'Keep the blackout dates shorter.' })
    .optional()
    .transform((text, ctx) => {
      const read = readBlackouts(text ?? '');
      if (typeof read === 'string') {
        ctx.issues.push({ code: 'custom', message: read, input: text });
        return [];
      }
      return read;
    }),
  reminderWeeks: wholeNumber(1, MAX_REMINDER_WEEKS, 'the weeks of warning'),
});
export type ProgrammeSubmission = typeof programmeSubmissionSchema._zod.output;
