import { describe, expect, it } from 'vitest';
import { readDatePhrase } from '../../../src/domain/questions/date-phrases.js';
import { isoFromCalendarDate } from '../../../src/domain/shared/london-time.js';

const THURSDAY = new Date('2026-11-26T10:00:00Z');
const FRIDAY = new Date('2026-11-27T16:00:00Z');

const window = (words: string, now = THURSDAY) => {
  const phrase = readDatePhrase(words, now);
  return phrase && [isoFromCalendarDate(phrase.window.from), isoFromCalendarDate(phrase.window.to), phrase.matched];
};

describe('the bot reads due dates in the London calendar, day before month', () => {
  it.each([
    ['due this week', '2026-11-23', '2026-11-29', 'due this week'],
    ['in the next 7 days', '2026-11-26', '2026-12-03', 'in the next 7 days'],
    ['due next week', '2026-11-30', '2026-12-06', 'due next week'],
    ['by friday', '2026-11-26', '2026-11-27', 'by friday'],
    ['by 12/12', '2026-11-26', '2026-12-12', 'by 12/12'],
    ['due 3/12', '2026-12-03', '2026-12-03', 'due 3/12'],
    ['before 3 december', '2026-11-26', '2026-12-02', 'before 3 december'],
    ['before the end of the month', '2026-11-26', '2026-11-30', 'before the end of the month'],
    ['due tomorrow', '2026-11-27', '2026-11-27', 'due tomorrow'],
    ['due from 1/12 to 5/12', '2026-12-01', '2026-12-05', '1/12 to 5/12'],
    ['due 1-5 december', '2026-12-01', '2026-12-05', 'due 1-5 december'],
  ])('“%s” means due from %s to %s', (words, from, to, matched) => {
    expect(window(words)).toEqual([from, to, matched]);
  });

  it('“by Friday” asked on a Friday means today, not a week today', () => {
    expect(window('by friday', FRIDAY)).toEqual(['2026-11-27', '2026-11-27', 'by friday']);
    expect(window('by next friday', FRIDAY)).toEqual(['2026-11-27', '2026-12-04', 'by next friday']);
  });

  it('“this week” asked on a Sunday is the week ending today, Monday to Sunday; “next week” the one after', () => {
    const sunday = new Date('2026-12-06T11:00:00Z');
    expect(window('due this week', sunday)).toEqual(['2026-11-30', '2026-12-06', 'due this week']);
    expect(window('due next week', sunday)).toEqual(['2026-12-07', '2026-12-13', 'due next week']);
    expect(window('this month', sunday)).toEqual(['2026-12-01', '2026-12-31', 'this month']);
  });

  it('“this week” and “by Friday” keep to the London calendar across the clock changes', () => {
    // 00:30 on Sunday 25 October in London is still 23:30 on Saturday in UTC; the clocks go back at 02:00.
    const earlySunday = new Date('2026-10-24T23:30:00Z');
    expect(window('this week', earlySunday)).toEqual(['2026-10-19', '2026-10-25', 'this week']);
    expect(window('by friday', earlySunday)).toEqual(['2026-10-25', '2026-10-30', 'by friday']);
    // 00:30 on Monday 30 March in London (BST) is 23:30 on Sunday in UTC.
    const earlyMonday = new Date('2026-03-29T23:30:00Z');
    expect(window('this week', earlyMonday)).toEqual(['2026-03-30', '2026-04-05', 'this week']);
    expect(window('by friday', earlyMonday)).toEqual(['2026-03-30', '2026-04-03', 'by friday']);
  });

  it('a date that has passed this year means next year', () => {
    expect(window('due 3/1')).toEqual(['2027-01-03', '2027-01-03', 'due 3/1']);
  });

  it.each(['may i see my actions', 'sat in chesterfield', 'overdue actions for ned'])('“%s” names no date', (words) => {
    expect(readDatePhrase(words, THURSDAY)).toBeNull();
  });
});
