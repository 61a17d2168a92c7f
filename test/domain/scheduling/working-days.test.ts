import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  bankHolidays,
  easterSunday,
  isWorkingDay,
  workingDayOnOrAfter,
  workingDaysBetween,
} from '../../../src/domain/scheduling/working-days.js';
import { calendarDateFromIso, isoFromCalendarDate } from '../../../src/domain/shared/london-time.js';

const day = calendarDateFromIso;
const iso = isoFromCalendarDate;

// As published for England and Wales (substitute days where a holiday falls at a weekend).
const PUBLISHED: Record<number, string[]> = {
  2020: [
    '2020-01-01',
    '2020-04-10',
    '2020-04-13',
    '2020-05-08',
    '2020-05-25',
    '2020-08-31',
    '2020-12-25',
    '2020-12-28',
  ],
  2021: [
    '2021-01-01',
    '2021-04-02',
    '2021-04-05',
    '2021-05-03',
    '2021-05-31',
    '2021-08-30',
    '2021-12-27',
    '2021-12-28',
  ],
  2022: [
    '2022-01-03',
    '2022-04-15',
    '2022-04-18',
    '2022-05-02',
    '2022-06-02',
    '2022-06-03',
    '2022-08-29',
    '2022-09-19',
    '2022-12-26',
    '2022-12-27',
  ],
  2023: [
    '2023-01-02',
    '2023-04-07',
    '2023-04-10',
    '2023-05-01',
    '2023-05-08',
    '2023-05-29',
    '2023-08-28',
    '2023-12-25',
    '2023-12-26',
  ],
  2024: [
    '2024-01-01',
    '2024-03-29',
    '2024-04-01',
    '2024-05-06',
    '2024-05-27',
    '2024-08-26',
    '2024-12-25',
    '2024-12-26',
  ],
  2025: [
    '2025-01-01',
    '2025-04-18',
    '2025-04-21',
    '2025-05-05',
    '2025-05-26',
    '2025-08-25',
    '2025-12-25',
    '2025-12-26',
  ],
  2026: [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
  ],
  2027: [
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-03',
    '2027-05-31',
    '2027-08-30',
    '2027-12-27',
    '2027-12-28',
  ],
};

describe('England and Wales bank holidays', () => {
  it.each(Object.entries(PUBLISHED))('%s matches the published list', (year, expected) => {
    expect(bankHolidays(Number(year)).map(iso)).toEqual(expected);
  });

  it.each([
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter Sunday %s is %s', (year, expected) => {
    expect(iso(easterSunday(year))).toBe(expected);
  });

  it('gives every year eight holidays at least, none at a weekend', () => {
    for (let year = 1990; year <= 2100; year++) {
      const holidays = bankHolidays(year);
      expect(holidays.length).toBeGreaterThanOrEqual(8);
      for (const holiday of holidays) expect([0, 6]).not.toContain(holiday.getUTCDay());
    }
  });
});

describe('working days', () => {
  it.each([
    ['a weekday', '2026-11-25', true],
    ['a Saturday', '2026-11-28', false],
    ['a Sunday', '2026-11-29', false],
    ['Good Friday 2027', '2027-03-26', false],
    ['Easter Monday 2027', '2027-03-29', false],
    ['Christmas Day 2026', '2026-12-25', false],
    ['the substitute Boxing Day 2026', '2026-12-28', false],
    ['the day after it', '2026-12-29', true],
  ])('%s (%s) is a working day: %s', (_what, date, expected) => {
    expect(isWorkingDay(day(date))).toBe(expected);
  });

  it.each([
    ['the next working day after a Friday is Monday', '2026-11-27', 1, '2026-11-30'],
    ['the day after the Thursday before Easter 2027 is the Tuesday after it', '2027-03-25', 1, '2027-03-30'],
    ['three working days before the Tuesday after Easter 2027 is the Tuesday before', '2027-03-30', -3, '2027-03-23'],
    ['one working day after Christmas Eve 2026 is Tuesday 29 December', '2026-12-24', 1, '2026-12-29'],
    ['five working days after Christmas Eve 2026 skip New Year’s Day too', '2026-12-24', 5, '2027-01-05'],
    ['five working days after a Friday in spring is the next Friday', '2026-10-16', 5, '2026-10-23'],
    ['adding none gives the same day, working or not', '2026-11-28', 0, '2026-11-28'],
    ['two before a Monday is the Thursday', '2026-11-30', -2, '2026-11-26'],
  ])('%s', (_what, from, count, expected) => {
    expect(iso(addWorkingDays(day(from), count))).toBe(expected);
  });

  it.each([
    ['across Christmas and New Year', '2026-12-24', '2027-01-05', 5],
    ['across Easter 2027', '2027-03-25', '2027-04-01', 3],
    ['over a weekend', '2026-11-27', '2026-11-30', 1],
    ['on the same day', '2026-11-27', '2026-11-27', 0],
    ['backwards', '2026-11-30', '2026-11-27', -1],
    ['from a Saturday to the Sunday', '2026-11-28', '2026-11-29', 0],
  ])('counts working days %s', (_what, from, to, expected) => {
    expect(workingDaysBetween(day(from), day(to))).toBe(expected);
  });

  it('the first working day on or after Good Friday 2027 is the Tuesday after Easter', () => {
    expect(iso(workingDayOnOrAfter(day('2027-03-26')))).toBe('2027-03-30');
    expect(iso(workingDayOnOrAfter(day('2027-03-25')))).toBe('2027-03-25');
  });

  it('counting the working days back over any span gives the number added', () => {
    const anyDay = fc
      .integer({ min: 0, max: 20_000 })
      .map((offset) => new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000));
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -60, max: 60 }), (from, count) => {
        const to = addWorkingDays(from, count);
        expect(workingDaysBetween(from, to)).toBe(count);
        if (count !== 0) expect(isWorkingDay(to)).toBe(true);
      }),
    );
  });
});
