import { describe, expect, it } from 'vitest';
import { monthPerformance, oldestOverdue, percentage } from '../../../src/domain/action/action-performance.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { anAction } from '../../support/fixtures.js';

const day = calendarDateFromIso;
const completedOn = (at: string) => ({ evidence: 'Done', byId: 'person-owner', at: new Date(at) });

describe('a district’s action-plan performance in a month', () => {
  const actions = [
    // Due in November: on time (completed the evening of its due day, London time), late, not done, verified early.
    anAction({
      _id: 'a1',
      dueDate: day('2026-11-10'),
      status: 'completed',
      completion: completedOn('2026-11-10T23:30:00Z'),
    }),
    anAction({
      _id: 'a2',
      dueDate: day('2026-11-12'),
      status: 'completed',
      completion: completedOn('2026-11-13T09:00:00Z'),
    }),
    anAction({ _id: 'a3', dueDate: day('2026-11-20'), status: 'in_progress' }),
    anAction({
      _id: 'a4',
      dueDate: day('2026-11-30'),
      status: 'verified',
      completion: completedOn('2026-11-02T10:00:00Z'),
    }),
    // Due in December: not November's business.
    anAction({
      _id: 'a5',
      dueDate: day('2026-12-01'),
      status: 'completed',
      completion: completedOn('2026-11-20T10:00:00Z'),
    }),
  ];

  it('counts the actions due in the month and those completed by their due date', () => {
    expect(monthPerformance(actions, '2026-11', day('2026-12-07'))).toMatchObject({ due: 4, onTime: 2 });
  });

  it('counts acknowledgement within two working days of being given, across a weekend', () => {
    const given = [
      // Given on Friday 6 November, acknowledged on Tuesday 10th: two working days (Mon, Tue).
      anAction({
        _id: 'g1',
        createdAt: new Date('2026-11-06T15:00:00Z'),
        acknowledgedAt: new Date('2026-11-10T16:00:00Z'),
      }),
      // Given on Friday, acknowledged on Wednesday: three working days.
      anAction({
        _id: 'g2',
        createdAt: new Date('2026-11-06T15:00:00Z'),
        acknowledgedAt: new Date('2026-11-11T08:00:00Z'),
      }),
      // Never acknowledged, and its time is long past.
      anAction({ _id: 'g3', createdAt: new Date('2026-11-02T10:00:00Z') }),
      // Given on the last working day, not acknowledged yet, but still within its two days on 1 December.
      anAction({ _id: 'g4', createdAt: new Date('2026-11-30T10:00:00Z') }),
      // Given in October: not counted in November.
      anAction({
        _id: 'g5',
        createdAt: new Date('2026-10-30T10:00:00Z'),
        acknowledgedAt: new Date('2026-11-02T10:00:00Z'),
      }),
    ];
    expect(monthPerformance(given, '2026-11', day('2026-12-01'))).toMatchObject({ assigned: 3, acknowledgedInTime: 1 });
    expect(monthPerformance(given, '2026-11', day('2026-12-03'))).toMatchObject({ assigned: 4, acknowledgedInTime: 1 });
  });

  it('gives a whole percentage, or none when there is nothing to measure', () => {
    expect(percentage(2, 3)).toBe(67);
    expect(percentage(0, 0)).toBeNull();
  });

  it('finds the action overdue longest, ignoring completed ones', () => {
    const now = new Date('2026-12-10T12:00:00Z');
    expect(oldestOverdue(actions, now)?._id).toBe('a3');
    expect(oldestOverdue([], now)).toBeNull();
  });
});
