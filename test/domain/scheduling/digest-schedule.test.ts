import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DIGEST_SCHEDULE,
  describeDigestSchedule,
  digestDueInWeek,
} from '../../../src/domain/scheduling/digest-schedule.js';
import {
  addMonths,
  firstWorkingDayOf,
  isoWeekOf,
  mondayOfWeek,
  monthLabel,
  monthOf,
  monthRange,
} from '../../../src/domain/scheduling/periods.js';
import { isoFromCalendarDate } from '../../../src/domain/shared/london-time.js';

describe('when a weekly digest is due', () => {
  it.each([
    [
      'by default, Monday 09:00 in winter (GMT)',
      DEFAULT_DIGEST_SCHEDULE,
      '2026-11-25T12:00:00Z',
      '2026-W48',
      '2026-11-23T09:00:00.000Z',
    ],
    [
      'by default, Monday 09:00 in summer (BST)',
      DEFAULT_DIGEST_SCHEDULE,
      '2026-07-01T12:00:00Z',
      '2026-W27',
      '2026-06-29T08:00:00.000Z',
    ],
    ['Friday 08:30', { weekday: 5, time: '08:30' }, '2026-11-23T00:30:00Z', '2026-W48', '2026-11-27T08:30:00.000Z'],
    [
      'Sunday night in London is still the week that began on Monday',
      { weekday: 1, time: '09:00' },
      '2026-11-29T23:30:00Z',
      '2026-W48',
      '2026-11-23T09:00:00.000Z',
    ],
    [
      'a Monday at 00:30 in London during BST is the new week, though UTC is still Sunday',
      { weekday: 1, time: '09:00' },
      '2026-06-28T23:30:00Z',
      '2026-W27',
      '2026-06-29T08:00:00.000Z',
    ],
    [
      'the week the clocks go back: Sunday 12:00 is GMT',
      { weekday: 7, time: '12:00' },
      '2026-10-20T12:00:00Z',
      '2026-W43',
      '2026-10-25T12:00:00.000Z',
    ],
    [
      'the first ISO week of 2027 starts on Monday 4 January',
      DEFAULT_DIGEST_SCHEDULE,
      '2027-01-06T12:00:00Z',
      '2027-W01',
      '2027-01-04T09:00:00.000Z',
    ],
    [
      'New Year’s Day 2027 belongs to the last week of 2026',
      DEFAULT_DIGEST_SCHEDULE,
      '2027-01-01T12:00:00Z',
      '2026-W53',
      '2026-12-28T09:00:00.000Z',
    ],
  ])('%s', (_what, schedule, instant, week, dueAt) => {
    expect(digestDueInWeek(schedule, new Date(instant))).toEqual({ week, dueAt: new Date(dueAt) });
  });

  it('says the schedule in words', () => {
    expect(describeDigestSchedule({ weekday: 5, time: '08:30' })).toBe('Fridays at 08:30');
    expect(describeDigestSchedule(DEFAULT_DIGEST_SCHEDULE)).toBe('Mondays at 09:00');
  });
});

describe('periods', () => {
  it('names weeks and months in London time', () => {
    expect(isoWeekOf(new Date('2026-11-30T00:30:00Z'))).toBe('2026-W49');
    expect(isoFromCalendarDate(mondayOfWeek('2026-W49'))).toBe('2026-11-30');
    expect(monthOf(new Date('2026-10-31T23:30:00Z'))).toBe('2026-10');
    expect(monthOf(new Date('2026-05-31T23:30:00Z'))).toBe('2026-06');
    expect(addMonths('2027-01', -2)).toBe('2026-11');
    expect(monthLabel('2026-11')).toBe('November 2026');
    const range = monthRange('2026-12');
    expect([isoFromCalendarDate(range.from), isoFromCalendarDate(range.until)]).toEqual(['2026-12-01', '2027-01-01']);
  });

  it('the first working day of a month skips weekends and bank holidays', () => {
    expect(isoFromCalendarDate(firstWorkingDayOf('2027-01'))).toBe('2027-01-04');
    expect(isoFromCalendarDate(firstWorkingDayOf('2026-08'))).toBe('2026-08-03');
    expect(isoFromCalendarDate(firstWorkingDayOf('2026-12'))).toBe('2026-12-01');
  });
});
