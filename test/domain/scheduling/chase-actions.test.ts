import { describe, expect, it } from 'vitest';
import {
  chasingHorizon,
  chasingWorkFor,
  escalationRecipients,
  stillToChase,
} from '../../../src/domain/scheduling/chase-actions.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { anAction } from '../../support/fixtures.js';

const rules = { reminderDaysBefore: 3, escalationWorkingDays: 5 };
const day = calendarDateFromIso;
const planned = (dueDate: string, today: string, over: Parameters<typeof anAction>[0] = {}) =>
  chasingWorkFor(
    anAction({ _id: 'action-1', dueDate: day(dueDate), createdAt: new Date('2026-09-01T10:00:00Z'), ...over }),
    rules,
    day(today),
  ).map((work) => [work._id, work.dueAt.toISOString()]);

describe('what an action needs chasing by a given day', () => {
  it.each([
    // Easter 2027 (Good Friday 26 March, Easter Monday 29 March); the clocks go forward on 28 March.
    [
      'due the Tuesday after Easter 2027: reminded the Tuesday before, in GMT',
      '2027-03-30',
      '2027-03-23',
      [['reminder:action-1:before:2027-03-30', '2027-03-23T09:00:00.000Z']],
    ],
    [
      'due the Tuesday after Easter 2027: overdue on the Wednesday (09:00 BST), escalated the next Tuesday',
      '2027-03-30',
      '2027-04-06',
      [
        ['reminder:action-1:overdue:2027-03-30', '2027-03-31T08:00:00.000Z'],
        ['escalation:action-1:2027-03-30', '2027-04-06T08:00:00.000Z'],
      ],
    ],
    [
      'due on Christmas Eve 2026: overdue on the Tuesday after the two holidays',
      '2026-12-24',
      '2026-12-29',
      [['reminder:action-1:overdue:2026-12-24', '2026-12-29T09:00:00.000Z']],
    ],
    [
      'due on Christmas Eve 2026: escalated five working days later, after New Year’s Day',
      '2026-12-24',
      '2027-01-05',
      [['escalation:action-1:2026-12-24', '2027-01-05T09:00:00.000Z']],
    ],
    [
      'due on Christmas Eve 2026: on New Year’s Eve the overdue reminder is still wanted, no escalation yet',
      '2026-12-24',
      '2026-12-31',
      [['reminder:action-1:overdue:2026-12-24', '2026-12-29T09:00:00.000Z']],
    ],
    [
      'due on Christmas Eve 2026, the Monday before',
      '2026-12-24',
      '2026-12-21',
      [['reminder:action-1:before:2026-12-24', '2026-12-21T09:00:00.000Z']],
    ],
    [
      'due on a Friday before the clocks go back: reminded at 09:00 BST, overdue on Monday at 09:00 GMT',
      '2026-10-23',
      '2026-10-26',
      [['reminder:action-1:overdue:2026-10-23', '2026-10-26T09:00:00.000Z']],
    ],
    [
      'due on a Friday before the clocks go back, three working days before',
      '2026-10-23',
      '2026-10-20',
      [['reminder:action-1:before:2026-10-23', '2026-10-20T08:00:00.000Z']],
    ],
    ['due on a Friday, on the Saturday after: nothing yet (overdue is told on Monday)', '2026-10-23', '2026-10-24', []],
    ['due on a Friday, four working days before: nothing yet', '2026-10-23', '2026-10-19', []],
    [
      'due on a Friday, four working days overdue: the overdue reminder only',
      '2026-10-23',
      '2026-10-29',
      [['reminder:action-1:overdue:2026-10-23', '2026-10-26T09:00:00.000Z']],
    ],
  ])('%s', (_what, dueDate, today, expected) => {
    expect(planned(dueDate, today)).toEqual(expected);
  });

  it('a reminder missed while the bot was down is still planned, due at once, until the action is overdue', () => {
    expect(planned('2026-12-24', '2026-12-23')).toEqual([
      ['reminder:action-1:before:2026-12-24', '2026-12-21T09:00:00.000Z'],
    ]);
  });

  it('chasing more than a week late is not planned any more (nor planned again once done and purged)', () => {
    expect(planned('2026-10-23', '2026-11-02')).toEqual([
      ['escalation:action-1:2026-10-23', '2026-10-30T09:00:00.000Z'],
    ]);
    expect(planned('2026-10-23', '2026-11-06')).toEqual([]);
  });

  it('an action given on or after its reminder day gets no before-due reminder (the owner was just told)', () => {
    expect(planned('2026-12-24', '2026-12-22', { createdAt: new Date('2026-12-21T15:00:00Z') })).toEqual([]);
  });

  it.each(['completed', 'verified'] as const)('a %s action is never chased', (status) => {
    expect(planned('2026-10-23', '2027-01-05', { status })).toEqual([]);
  });

  it('with no before-due reminder configured, only overdue chasing is planned', () => {
    const work = chasingWorkFor(
      anAction({ dueDate: day('2026-12-24'), createdAt: new Date('2026-09-01T10:00:00Z') }),
      { reminderDaysBefore: 0, escalationWorkingDays: 2 },
      day('2026-12-30'),
    );
    expect(work.map((entry) => entry.kind)).toEqual(['reminder', 'escalation']);
    expect(work.map((entry) => (entry.kind === 'reminder' ? entry.payload.moment : undefined))).toEqual([
      'overdue',
      undefined,
    ]);
  });

  it('looks ahead as many working days as reminders go before the due date', () => {
    expect(chasingHorizon(day('2026-12-23'), rules)).toEqual(day('2026-12-30'));
  });
});

describe('whether planned chasing is still wanted when it runs', () => {
  const action = anAction({ dueDate: day('2026-12-15') });
  it('is for an outstanding action still due on the planned date', () => {
    expect(stillToChase(action, '2026-12-15')).toBe(true);
    expect(stillToChase({ ...action, status: 'in_progress' }, '2026-12-15')).toBe(true);
  });
  it('is not once the action is complete, its date has moved, or it is gone', () => {
    expect(stillToChase({ ...action, status: 'completed' }, '2026-12-15')).toBe(false);
    expect(stillToChase({ ...action, dueDate: day('2027-01-15') }, '2026-12-15')).toBe(false);
    expect(stillToChase(null, '2026-12-15')).toBe(false);
  });
});

describe('who hears of an escalation', () => {
  const people = (...ids: string[]) => ids.map((_id) => ({ _id }));
  it('the owner’s own manager when their record names one', () => {
    expect(escalationRecipients({ _id: 'jo', managerId: 'sue' }, 'jo', people('helen'), people('martin'))).toEqual([
      'sue',
    ]);
  });
  it('else the district managers, never the owner', () => {
    expect(escalationRecipients({ _id: 'helen' }, 'helen', people('helen', 'raj'), people('martin'))).toEqual(['raj']);
  });
  it('else the senior managers of the district', () => {
    expect(escalationRecipients(null, 'jo', [], people('martin'))).toEqual(['martin']);
  });
});
