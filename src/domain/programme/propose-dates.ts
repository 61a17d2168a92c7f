import { isoFromCalendarDate } from '../shared/london-time.js';
import { isWorkingDay } from '../scheduling/working-days.js';
import type { Blackout, DistrictRota, Programme, ProposalChange } from './programme.js';

const DAY_MS = 86_400_000;

/**
 * One district's day in the year, as the programme has it: proposed from the rota (`proposed`), moved by a QA
 * manager (`moved`), skipped (`skipped`), or a Challenge Day already planned for real in its slot (`planned`).
 */
export interface ProgrammeDay {
  readonly districtId: string;
  /** A London calendar date (00:00 UTC of the day). */
  readonly date: Date;
  readonly state: 'proposed' | 'moved' | 'skipped' | 'planned';
  /** The planned Challenge Day, when there is one. */
  readonly challengeDayId?: string;
}

/** A Challenge Day already planned or held (not cancelled), as the programme counts it. */
export interface RealDay {
  readonly _id: string;
  readonly districtId: string;
  readonly date: Date;
}

/** A date the programme may propose a day on: a working day in England and Wales outside every blackout. */
export function isProgrammeDay(date: Date, blackouts: readonly Blackout[]): boolean {
  return isWorkingDay(date) && !inBlackout(date, blackouts);
}

export function inBlackout(date: Date, blackouts: readonly Blackout[]): boolean {
  return blackouts.some((blackout) => blackout.from <= date && date <= blackout.to);
}

/**
 * Every district's days in the programme's year, by date (then district id), the same every time for the same
 * rota, changes and real days. For each district:
 *
 * 1. its first day is its preferred weekday on or after its first date; each later day is the preferred weekday
 *    of the week `everyWeeks` weeks after the day before it (as it was held, moved or skipped);
 * 2. a day that falls on a weekend, an England and Wales bank holiday or a blackout date moves to the NEXT day
 *    that is none of these (not to the next preferred weekday: a week's wait for one bank holiday would stretch
 *    the gap for nothing, and the weekday comes back with the day after);
 * 3. a Challenge Day already planned for real within half an interval of a proposed day takes that day's place
 *    (its date counts as the district's day), else a QA manager's move or skip of that proposed date applies;
 * 4. days that would fall after 31 December are not proposed. Real days of the year that took no slot are
 *    listed too, as planned.
 */
export function proposeDates(
  programme: Pick<Programme, 'year' | 'rota' | 'blackouts' | 'changes'>,
  realDays: readonly RealDay[],
): ProgrammeDay[] {
  const days = programme.rota.flatMap((rota) =>
    districtDays(
      rota,
      programme,
      realDays.filter((day) => day.districtId === rota.districtId),
    ),
  );
  return days.sort(
    (a, b) =>
      a.date.getTime() - b.date.getTime() || (a.districtId < b.districtId ? -1 : a.districtId > b.districtId ? 1 : 0),
  );
}

function districtDays(
  rota: DistrictRota,
  programme: Pick<Programme, 'year' | 'blackouts' | 'changes'>,
  realDays: readonly RealDay[],
): ProgrammeDay[] {
  const yearEnd = Date.UTC(programme.year, 11, 31);
  const halfSlot = (rota.everyWeeks * 7 * DAY_MS) / 2;
  const unused = [...realDays].sort((a, b) => a.date.getTime() - b.date.getTime());
  const days: ProgrammeDay[] = [];
  let nominal = weekdayOnOrAfter(rota.firstDate, rota.weekday);
  // A day a week at most, so the loop ends even for a rota whose days all fall in blackouts.
  for (let slot = 0; slot < 60; slot++) {
    const proposed = nextProgrammeDay(nominal, programme.blackouts);
    if (proposed.getTime() > yearEnd) break;
    const latest = days.at(-1)?.date.getTime() ?? -Infinity;
    const real = unused.find(
      (day) => Math.abs(day.date.getTime() - proposed.getTime()) < halfSlot && day.date.getTime() > latest,
    );
    const day = real
      ? { districtId: rota.districtId, date: real.date, state: 'planned' as const, challengeDayId: real._id }
      : changed(rota.districtId, proposed, programme.changes);
    if (real) unused.splice(unused.indexOf(real), 1);
    days.push(day);
    nominal = weekdayInWeekOf(new Date(day.date.getTime() + rota.everyWeeks * 7 * DAY_MS), rota.weekday);
  }
  const yearStart = Date.UTC(programme.year, 0, 1);
  const leftOver = unused
    .filter((day) => day.date.getTime() >= yearStart && day.date.getTime() <= yearEnd)
    .map((day) => ({
      districtId: rota.districtId,
      date: day.date,
      state: 'planned' as const,
      challengeDayId: day._id,
    }));
  return [...days, ...leftOver];
}

/** The proposed day as a QA manager left it: moved, skipped, or as proposed. */
function changed(districtId: string, proposed: Date, changes: readonly ProposalChange[]): ProgrammeDay {
  const change = changes.find(
    (candidate) => candidate.districtId === districtId && candidate.proposedDate.getTime() === proposed.getTime(),
  );
  if (change?.kind === 'skipped') return { districtId, date: proposed, state: 'skipped' };
  if (change?.kind === 'moved' && change.movedTo) return { districtId, date: change.movedTo, state: 'moved' };
  return { districtId, date: proposed, state: 'proposed' };
}

/** The first date on or after `date` that the programme may propose. */
export function nextProgrammeDay(date: Date, blackouts: readonly Blackout[]): Date {
  let day = date;
  // Blackouts are at most a year long each, so this ends within a few hundred days.
  for (let step = 0; step < 800 && !isProgrammeDay(day, blackouts); step++) day = new Date(day.getTime() + DAY_MS);
  return day;
}

/** `weekday` (ISO, 1 = Monday) on or after `date`. */
function weekdayOnOrAfter(date: Date, weekday: number): Date {
  const today = isoWeekday(date);
  return new Date(date.getTime() + ((weekday - today + 7) % 7) * DAY_MS);
}

/** `weekday` of the Monday-to-Sunday week that holds `date`. */
function weekdayInWeekOf(date: Date, weekday: number): Date {
  return new Date(date.getTime() + (weekday - isoWeekday(date)) * DAY_MS);
}

function isoWeekday(date: Date): number {
  return ((date.getUTCDay() + 6) % 7) + 1;
}

/** The days of one district, in date order. */
export function daysOf(days: readonly ProgrammeDay[], districtId: string): ProgrammeDay[] {
  return days.filter((day) => day.districtId === districtId);
}

/** "2027-04-14:erewash": names a proposed day in ids (reminders). */
export function programmeDayKey(day: Pick<ProgrammeDay, 'districtId' | 'date'>): string {
  return `${isoFromCalendarDate(day.date)}:${day.districtId}`;
}
