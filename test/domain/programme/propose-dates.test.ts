import { describe, expect, it } from 'vitest';
import { changeProposedDay } from '../../../src/domain/programme/change-proposed-day.js';
import { programmeReminders } from '../../../src/domain/programme/programme-reminders.js';
import type { DistrictRota, Programme } from '../../../src/domain/programme/programme.js';
import { daysOf, proposeDates } from '../../../src/domain/programme/propose-dates.js';
import { calendarDateFromIso, isoFromCalendarDate } from '../../../src/domain/shared/london-time.js';
import { isBankHoliday, isWeekend } from '../../../src/domain/scheduling/working-days.js';
import { aDistrict } from '../../support/fixtures.js';

const date = calendarDateFromIso;
const iso = isoFromCalendarDate;
const qaManager = { id: 'person-priya', roles: ['qa_manager' as const], districtIds: [], isSystem: false };
const summer = { from: date('2027-07-23'), to: date('2027-09-01') };
const halfTerm = { from: date('2027-10-25'), to: date('2027-10-29') };

/** Eight districts on different weekdays and intervals, as a county might set them. */
const rota: DistrictRota[] = [
  { districtId: 'amber-valley', everyWeeks: 4, weekday: 1, firstDate: date('2027-01-04') },
  { districtId: 'bolsover', everyWeeks: 6, weekday: 2, firstDate: date('2027-01-05') },
  { districtId: 'chesterfield', everyWeeks: 8, weekday: 3, firstDate: date('2027-01-06') },
  { districtId: 'derbyshire-dales', everyWeeks: 8, weekday: 4, firstDate: date('2027-01-07') },
  { districtId: 'erewash', everyWeeks: 8, weekday: 3, firstDate: date('2027-01-13') },
  { districtId: 'high-peak', everyWeeks: 6, weekday: 5, firstDate: date('2027-01-01') },
  { districtId: 'north-east-derbyshire', everyWeeks: 10, weekday: 1, firstDate: date('2027-02-01') },
  { districtId: 'south-derbyshire', everyWeeks: 12, weekday: 2, firstDate: date('2027-03-02') },
];

const programme: Programme = {
  _id: 'programme-2027',
  year: 2027,
  rota,
  blackouts: [summer, halfTerm],
  reminderWeeks: 4,
  changes: [],
  createdAt: new Date('2026-12-01T10:00:00Z'),
  version: 0,
  history: [],
};

describe('the proposed days of a year across eight districts', () => {
  const days = proposeDates(programme, []);

  it('proposes every day on a working day of 2027, never on a weekend, a bank holiday or a blackout date', () => {
    expect(days.length).toBeGreaterThan(50);
    for (const day of days) {
      expect(day.date.getUTCFullYear()).toBe(2027);
      expect(isWeekend(day.date), iso(day.date)).toBe(false);
      expect(isBankHoliday(day.date), iso(day.date)).toBe(false);
      expect(day.date >= summer.from && day.date <= summer.to, iso(day.date)).toBe(false);
      expect(day.date >= halfTerm.from && day.date <= halfTerm.to, iso(day.date)).toBe(false);
    }
  });

  it('moves a day on Easter Monday or in the summer holidays to the next working day, then keeps the weekday', () => {
    expect(daysOf(days, 'amber-valley').map((day) => iso(day.date))).toEqual([
      '2027-01-04',
      '2027-02-01',
      '2027-03-01',
      // Easter Monday, 29 March.
      '2027-03-30',
      '2027-04-26',
      '2027-05-24',
      '2027-06-21',
      '2027-07-19',
      // Monday 16 August is in the summer blackout, which ends on Wednesday 1 September.
      '2027-09-02',
      '2027-09-27',
      // Monday 25 October is in half term.
      '2027-11-01',
      '2027-11-29',
      // Monday 27 and Tuesday 28 December are the Christmas and Boxing Day bank holidays.
      '2027-12-29',
    ]);
  });

  it('starts a district on its preferred weekday on or after its first date, moved off a bank holiday', () => {
    // Friday 1 January is New Year’s Day: the next working day is Monday 4 January; six weeks on, the Friday of that week.
    expect(
      daysOf(days, 'high-peak')
        .slice(0, 2)
        .map((day) => iso(day.date)),
    ).toEqual(['2027-01-04', '2027-02-19']);
    expect(iso(daysOf(days, 'erewash')[0]?.date ?? new Date(0))).toBe('2027-01-13');
  });

  it('gives the same days for the same rota, every time and whatever order the rota is in', () => {
    const again = proposeDates({ ...programme, rota: [...rota].reverse() }, []);
    expect(again).toEqual(days);
  });

  it('counts a Challenge Day planned for real as the district’s day in its slot, and proposes on from it', () => {
    const real = [{ _id: 'day-erewash', districtId: 'erewash', date: date('2027-03-11') }];
    const erewash = daysOf(proposeDates(programme, real), 'erewash');
    expect(erewash.slice(0, 3).map((day) => [iso(day.date), day.state])).toEqual([
      ['2027-01-13', 'proposed'],
      ['2027-03-11', 'planned'],
      ['2027-05-05', 'proposed'],
    ]);
    expect(erewash[1]?.challengeDayId).toBe('day-erewash');
  });
});

describe('moving or skipping one proposed day', () => {
  const erewash = aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] });
  const context = { actor: qaManager, commandId: 'move-1', now: new Date('2027-01-20T10:00:00Z') };

  it('re-proposes the district’s later days from the moved date and leaves the other districts alone', () => {
    const before = proposeDates(programme, []);
    expect(
      daysOf(before, 'erewash')
        .map((day) => iso(day.date))
        .slice(0, 4),
    ).toEqual(['2027-01-13', '2027-03-10', '2027-05-05', '2027-06-30']);
    const moved = changeProposedDay(
      programme,
      before,
      erewash,
      { kind: 'move', date: date('2027-03-10'), to: date('2027-03-17') },
      context,
    );
    if (!moved.ok) throw moved.error;
    const after = proposeDates(moved.value, []);
    expect(
      daysOf(after, 'erewash')
        .map((day) => [iso(day.date), day.state])
        .slice(0, 4),
    ).toEqual([
      ['2027-01-13', 'proposed'],
      ['2027-03-17', 'moved'],
      ['2027-05-12', 'proposed'],
      ['2027-07-07', 'proposed'],
    ]);
    expect(after.filter((day) => day.districtId !== 'erewash')).toEqual(
      before.filter((day) => day.districtId !== 'erewash'),
    );
    expect(moved.value.history.at(-1)).toMatchObject({ transition: 'move_day', actorId: 'person-priya' });
  });

  it('a skipped day stays in the year as skipped, and the days after it keep their dates', () => {
    const before = proposeDates(programme, []);
    const skipped = changeProposedDay(programme, before, erewash, { kind: 'skip', date: date('2027-03-10') }, context);
    if (!skipped.ok) throw skipped.error;
    const after = daysOf(proposeDates(skipped.value, []), 'erewash');
    expect(after[1]).toMatchObject({ state: 'skipped' });
    expect(after.slice(2).map((day) => iso(day.date))).toEqual(
      daysOf(before, 'erewash')
        .slice(2)
        .map((day) => iso(day.date)),
    );
  });

  it('refuses a bank holiday, a blackout date, a weekend or a day that is not proposed, saying why', () => {
    const days = proposeDates(programme, []);
    const move = (from: string, to: string) =>
      changeProposedDay(programme, days, erewash, { kind: 'move', date: date(from), to: date(to) }, context);
    const message = (outcome: ReturnType<typeof move>) => (outcome.ok ? 'allowed' : outcome.error.userMessage);
    expect(message(move('2027-03-10', '2027-03-29'))).toBe('Mon 29 Mar 2027 is a bank holiday: choose a working day.');
    expect(message(move('2027-06-30', '2027-08-04'))).toBe(
      'Wed 4 Aug 2027 is a blackout date of the programme: choose another day.',
    );
    expect(message(move('2027-03-10', '2027-03-13'))).toBe('Sat 13 Mar 2027 is a weekend: choose a working day.');
    expect(message(move('2027-03-11', '2027-03-17'))).toBe(
      'Erewash has no Challenge Day in the 2027 programme on Thu 11 Mar 2027. Its next proposed days are Wed 5 May 2027, Wed 30 Jun 2027, Thu 2 Sep 2027.',
    );
  });

  it('is refused to anyone but a QA manager, with who can help', () => {
    const days = proposeDates(programme, []);
    const refused = changeProposedDay(
      programme,
      days,
      erewash,
      { kind: 'skip', date: date('2027-03-10') },
      { ...context, actor: { ...qaManager, roles: ['district_manager'] } },
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.userMessage).toBe(
        'Only a QA manager can set the programme of Challenge Days or move a day in it.',
      );
      expect(refused.error.help).toEqual({ kind: 'role', roles: ['qa_manager'] });
    }
  });
});

describe('reminders to plan each day', () => {
  const amber: Programme = { ...programme, rota: [rota[0] as DistrictRota] };
  const days = proposeDates(amber, []);
  const reminderAt = (forDay: string, now: string) =>
    programmeReminders(amber, days, new Date(now))
      .find((work) => work._id === `programme-reminder:amber-valley:${forDay}`)
      ?.dueAt.toISOString();

  it('are due at 09:00 London time four weeks before, in GMT and in BST alike', () => {
    // Tuesday 30 March's reminder: Tuesday 2 March, 09:00 GMT.
    expect(reminderAt('2027-03-30', '2027-03-02T00:01:00Z')).toBe('2027-03-02T09:00:00.000Z');
    // Monday 26 April's would be Easter Monday: the working day before is Thursday 25 March (Good Friday is a
    // bank holiday), still GMT.
    expect(reminderAt('2027-04-26', '2027-03-25T00:01:00Z')).toBe('2027-03-25T09:00:00.000Z');
    // Monday 24 May's: Monday 26 April, 09:00 BST, which is 08:00 UTC.
    expect(reminderAt('2027-05-24', '2027-04-26T06:00:00Z')).toBe('2027-04-26T08:00:00.000Z');
    // Monday 29 November's: Monday 1 November, after the clocks went back on 31 October: 09:00 GMT.
    expect(reminderAt('2027-11-29', '2027-11-01T06:00:00Z')).toBe('2027-11-01T09:00:00.000Z');
  });

  it('are not planned before their day, nor for a day already gone', () => {
    expect(reminderAt('2027-05-24', '2027-04-25T22:00:00Z')).toBeUndefined();
    expect(reminderAt('2027-03-30', '2027-03-31T08:00:00Z')).toBeUndefined();
  });
});
