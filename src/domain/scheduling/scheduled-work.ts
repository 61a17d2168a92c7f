import { z } from 'zod/v4';

/**
 * What scheduled work can be: a 48-hour notice, a district's weekly digest, the monthly performance summary,
 * the day's look over the action plan ("chasing", which schedules reminders and escalations), a reminder to
 * an action's owner, an escalation to their manager, and purging.
 */
export const SCHEDULED_WORK_KINDS = [
  'notice',
  'digest',
  'summary',
  'chasing',
  'reminder',
  'escalation',
  'purge',
] as const;

/**
 * Something the bot must do at a time: a 48-hour notice, a digest, a reminder. The id is unique per piece
 * of work and period (e.g. "digest:chesterfield:2026-W48"), so it can be scheduled any number of times
 * and still runs once. A runner claims it with a lease, so two instances never run it together and a
 * crashed runner's lease simply runs out.
 */
export const scheduledWorkSchema = z.strictObject({
  _id: z.string().min(1).max(200),
  kind: z.enum(SCHEDULED_WORK_KINDS),
  dueAt: z.date(),
  payload: z.record(z.string().max(64), z.union([z.string().max(400), z.number(), z.boolean()])),
  status: z.enum(['pending', 'done', 'failed']),
  lease: z.strictObject({ owner: z.string().max(128), until: z.date() }).optional(),
  attempts: z.number().int().min(0),
  lastError: z.string().max(2000).optional(),
  doneAt: z.date().optional(),
});
export type ScheduledWork = z.infer<typeof scheduledWorkSchema>;
