import { describe, expect, it } from 'vitest';
import { daysOverdue, isOverdue } from '../../../src/domain/action/overdue.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';

const dueOn = (iso: string, status: 'open' | 'completed' = 'open') => ({ dueDate: calendarDateFromIso(iso), status });

describe('when an action is overdue', () => {
  it('is never overdue on its due day, at any hour in London', () => {
    expect(isOverdue(dueOn('2026-11-26'), new Date('2026-11-26T00:00:00Z'))).toBe(false);
    expect(isOverdue(dueOn('2026-11-26'), new Date('2026-11-26T23:59:59Z'))).toBe(false);
    expect(isOverdue(dueOn('2026-11-26'), new Date('2026-11-27T00:00:00Z'))).toBe(true);
  });

  it('turns overdue at London midnight in summer time, an hour before UTC midnight', () => {
    expect(isOverdue(dueOn('2026-07-01'), new Date('2026-07-01T22:59:59Z'))).toBe(false);
    expect(isOverdue(dueOn('2026-07-01'), new Date('2026-07-01T23:00:00Z'))).toBe(true);
  });

  it('counts whole London days across the spring clock change (29 March 2026)', () => {
    expect(daysOverdue(dueOn('2026-03-28'), new Date('2026-03-30T00:30:00+01:00'))).toBe(2);
    expect(daysOverdue(dueOn('2026-03-28'), new Date('2026-03-29T00:30:00Z'))).toBe(1);
  });

  it('counts whole London days across the autumn clock change (25 October 2026)', () => {
    expect(daysOverdue(dueOn('2026-10-24'), new Date('2026-10-26T08:00:00Z'))).toBe(2);
    // 23:30 UTC on the 24th is already 00:30 on the 25th in London: summer time ends at 02:00 that night.
    expect(daysOverdue(dueOn('2026-10-24'), new Date('2026-10-24T22:30:00Z'))).toBe(0);
    expect(daysOverdue(dueOn('2026-10-24'), new Date('2026-10-24T23:30:00Z'))).toBe(1);
  });

  it('is never overdue once completed', () => {
    expect(isOverdue(dueOn('2020-01-01', 'completed'), new Date('2026-11-26T12:00:00Z'))).toBe(false);
    expect(daysOverdue(dueOn('2020-01-01', 'completed'), new Date('2026-11-26T12:00:00Z'))).toBe(0);
  });
});
