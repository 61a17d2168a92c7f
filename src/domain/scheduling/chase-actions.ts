import type { Action } from '../action/action.js';
import { OUTSTANDING_ACTION_STATUSES } from '../action/status.js';
import type { Person } from '../people/person.js';
import { isoFromCalendarDate, londonCalendarDate, londonWallTime } from '../shared/london-time.js';
import { withinCatchUp } from './catch-up.js';
import type { ScheduledWork, WorkOrder } from './scheduled-work.js';
import { addWorkingDays } from './working-days.js';

/*
 * Chasing the action plan without anyone having to remember: the owner is reminded some working days before
 * an action is due and on the first working day it is overdue, and the owner's manager is told once it is
 * overdue by a number of working days. Each of these is scheduled work whose id names the action and the due
 * date it is about, so it goes once — and a new due date (an approved date change) is chased afresh.
 */

export interface ChasingRules {
  /** Working days before the due date that the owner is reminded; 0 for no such reminder. */
  readonly reminderDaysBefore: number;
  /** Working days overdue at which the owner's manager is told. */
  readonly escalationWorkingDays: number;
}

/** Reminders and escalations go at the start of the working day, London time. */
export const CHASING_TIME = '09:00';

export type ReminderMoment = 'before' | 'overdue';

/** "chasing:2026-12-01": the day's look over the action plan for what needs chasing. */
export function chasingWorkId(today: Date): string {
  return `chasing:${isoFromCalendarDate(today)}`;
}

/** "reminder:<action>:before:2026-12-15" or "reminder:<action>:overdue:2026-12-15". */
export function reminderWorkId(actionId: string, moment: ReminderMoment, dueDate: Date): string {
  return `reminder:${actionId}:${moment}:${isoFromCalendarDate(dueDate)}`;
}

/** "escalation:<action>:2026-12-15". */
export function escalationWorkId(actionId: string, dueDate: Date): string {
  return `escalation:${actionId}:${isoFromCalendarDate(dueDate)}`;
}

/** The latest due date an outstanding action can have and still need chasing on `today`. */
export function chasingHorizon(today: Date, rules: ChasingRules): Date {
  return addWorkingDays(today, rules.reminderDaysBefore);
}

/**
 * The reminders and escalations an action needs by `today` (a London calendar date), each due at 09:00 on its
 * working day. Ones whose day has passed (the bot was down) are due at once, so they still go, late, once —
 * if their day is within the catch-up window (catch-up.ts).
 * A before-due reminder is left out when the action was given on or after its day (the owner has just been
 * told), and once the action is overdue (the overdue reminder says more).
 */
export function chasingWorkFor(action: Action, rules: ChasingRules, today: Date): ScheduledWork[] {
  if (!OUTSTANDING_ACTION_STATUSES.includes(action.status)) return [];
  const due = action.dueDate;
  const payload = { actionId: action._id, dueDate: isoFromCalendarDate(due) };
  const work: ScheduledWork[] = [];
  const reached = (day: Date) => withinCatchUp(day, today);

  const beforeDay = addWorkingDays(due, -rules.reminderDaysBefore);
  const assignedBefore = londonCalendarDate(action.createdAt).getTime() < beforeDay.getTime();
  if (rules.reminderDaysBefore > 0 && reached(beforeDay) && today.getTime() <= due.getTime() && assignedBefore) {
    work.push(
      pending(reminderWorkId(action._id, 'before', due), beforeDay, {
        kind: 'reminder',
        payload: { ...payload, moment: 'before' },
      }),
    );
  }
  const overdueDay = addWorkingDays(due, 1);
  if (reached(overdueDay)) {
    work.push(
      pending(reminderWorkId(action._id, 'overdue', due), overdueDay, {
        kind: 'reminder',
        payload: { ...payload, moment: 'overdue' },
      }),
    );
  }
  const escalationDay = addWorkingDays(due, rules.escalationWorkingDays);
  if (reached(escalationDay)) {
    work.push(pending(escalationWorkId(action._id, due), escalationDay, { kind: 'escalation', payload }));
  }
  return work;
}

/**
 * Whether chasing planned for an action's due date is still wanted when it runs: not once the action is
 * completed, and not for a due date that has since been changed (the new date is chased instead).
 */
export function stillToChase(action: Action | null, dueDate: string): action is Action {
  return (
    action !== null &&
    OUTSTANDING_ACTION_STATUSES.includes(action.status) &&
    isoFromCalendarDate(action.dueDate) === dueDate
  );
}

/**
 * Who hears that an owner's action is overdue: the owner's own manager when their record names one, else the
 * district managers of the action's district, else its senior managers — never the owner themself.
 */
export function escalationRecipients(
  owner: Pick<Person, '_id' | 'managerId'> | null,
  ownerId: string,
  districtManagers: readonly Pick<Person, '_id'>[],
  seniorManagers: readonly Pick<Person, '_id'>[],
): string[] {
  if (owner?.managerId && owner.managerId !== ownerId) return [owner.managerId];
  const others = (people: readonly Pick<Person, '_id'>[]) =>
    people.map((person) => person._id).filter((id) => id !== ownerId);
  const managers = others(districtManagers);
  return managers.length > 0 ? managers : others(seniorManagers);
}

function pending(id: string, day: Date, order: WorkOrder): ScheduledWork {
  return {
    _id: id,
    dueAt: londonWallTime(isoFromCalendarDate(day), CHASING_TIME),
    ...order,
    status: 'pending',
    attempts: 0,
  };
}
