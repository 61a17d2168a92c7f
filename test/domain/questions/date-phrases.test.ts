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
    ['due this week', '2026-11-26', '2026-11-29', 'due this week'],
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

  it('a date that has passed this year means next year', () => {
    expect(window('due 3/1')).toEqual(['2027-01-03', '2027-01-03', 'due 3/1']);
  });

  it.each(['may i see my actions', 'sat in chesterfield', 'overdue actions for ned'])('“%s” names no date', (words) => {
    expect(readDatePhrase(words, THURSDAY)).toBeNull();
  });
});
