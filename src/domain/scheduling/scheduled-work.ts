import { z } from 'zod/v4';

const text = z.string().max(400);

/**
 * What each kind of scheduled work carries: a 48-hour notice, a district's weekly digest, the monthly
 * performance summary, the day's look over the action plan ("chasing", which schedules reminders and
 * escalations), a reminder to an action's owner, an escalation to their manager, purging, and
 * the QA managers' reminder to plan a day of the year's programme.
 */
const payloadSchemas = {
  notice: z.strictObject({ challengeDayId: text }),
  digest: z.strictObject({ districtId: text, week: text }),
  summary: z.strictObject({ month: text }),
  chasing: z.strictObject({ day: text }),
  reminder: z.strictObject({ actionId: text, dueDate: text, moment: z.enum(['before', 'overdue']) }),
  escalation: z.strictObject({ actionId: text, dueDate: text }),
  purge: z.strictObject({ day: text }),
  programme_reminder: z.strictObject({ year: text, districtId: text, date: text }),
};

/** When it is due and how running it went, whatever the kind of work. */
const workProgress = z.strictObject({
  _id: z.string().min(1).max(200),
  dueAt: z.date(),
  status: z.enum(['pending', 'done', 'failed']),
  lease: z.strictObject({ owner: z.string().max(128), until: z.date() }).optional(),
  attempts: z.number().int().min(0),
  lastError: z.string().max(2000).optional(),
  doneAt: z.date().optional(),
});

function workOfKind<K extends keyof typeof payloadSchemas>(kind: K) {
  return workProgress.extend({ kind: z.literal(kind), payload: payloadSchemas[kind] });
}

/**
 * Something the bot must do at a time: a 48-hour notice, a digest, a reminder. The id is unique per piece
 * of work and period (e.g. "digest:chesterfield:2026-W48"), so it can be scheduled any number of times
 * and still runs once. A runner claims it with a lease, so two instances never run it together and a
 * crashed runner's lease simply runs out. Its payload is the one its kind needs, checked by the kind.
 */
export const scheduledWorkSchema = z.discriminatedUnion('kind', [
  workOfKind('notice'),
  workOfKind('digest'),
  workOfKind('summary'),
  workOfKind('chasing'),
  workOfKind('reminder'),
  workOfKind('escalation'),
  workOfKind('purge'),
  workOfKind('programme_reminder'),
]);
export type ScheduledWork = z.infer<typeof scheduledWorkSchema>;
export type ScheduledWorkKind = ScheduledWork['kind'];

/** Scheduled work of one kind, with that kind's payload. */
export type ScheduledWorkOf<K extends ScheduledWorkKind> = { [Kind in K]: Extract<ScheduledWork, { kind: Kind }> }[K];

/** What a piece of work is to do, apart from when: its kind and that kind's payload. */
export type WorkOrder = {
  [Kind in ScheduledWorkKind]: Pick<ScheduledWorkOf<Kind>, 'kind' | 'payload'>;
}[ScheduledWorkKind];
