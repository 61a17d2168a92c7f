import { z } from 'zod/v4';
import { ACTION_PRIORITIES, ACTION_STATUSES } from '../../domain/action/status.js';
import { ACTION_SOURCES } from '../../domain/action/action.js';
import { CHALLENGE_DAY_STATUSES } from '../../domain/challenge-day/challenge-day.js';
import { OFSTED_GRADES } from '../../domain/case-finding/grades.js';
import { entityId, isoDate } from '../../domain/shared/fields.js';

/*
 * The read API's answers and questions, each a zod schema: the routes validate every answer with these before
 * sending it, and the OpenAPI document (openapi-document.ts) is generated from the same schemas, so what is
 * described is what is served. Nothing here holds case-level detail: no finding's words, no case notes, no
 * progress notes or completion evidence, no source summaries (they name cases).
 */

export const instant = z.iso.datetime().meta({ description: 'A UTC instant, ISO 8601.' });
export const calendarDay = z.iso.date().meta({ description: 'A calendar date (Europe/London), YYYY-MM-DD.' });

export const apiErrorSchema = z
  .strictObject({
    error: z.enum(['bad_request', 'unauthorized', 'forbidden', 'not_found', 'too_many_requests']),
    message: z.string().meta({ description: 'What went wrong, in words for the person reading the log.' }),
  })
  .meta({ id: 'Error' });
export type ApiError = z.infer<typeof apiErrorSchema>;

export const apiDistrictSchema = z
  .strictObject({
    id: entityId,
    name: z.string(),
    matLocality: z.string(),
    aliases: z.array(z.string()),
    retired: z.boolean().meta({ description: 'No longer a district of the county; its records are kept.' }),
  })
  .meta({ id: 'District' });

export const apiChallengeDaySchema = z
  .strictObject({
    id: entityId,
    districtId: entityId,
    matLocality: z.string(),
    date: calendarDay,
    startsAt: instant,
    status: z.enum(CHALLENGE_DAY_STATUSES),
    sites: z.strictObject({ district: z.string(), mat: z.string() }),
    focusAreas: z.array(z.string()),
    /** Everyone auditing on the day, district and MAT audit teams together. */
    auditTeamSize: z.number().int().min(0),
    /** Of them, the MAT audit team (0 on a day planned with one team). */
    matAuditTeamSize: z.number().int().min(0),
    expectedAttendees: z.number().int().min(0),
    createdAt: instant,
  })
  .meta({ id: 'ChallengeDay' });

export const gradeCounts = z.strictObject(
  Object.fromEntries(OFSTED_GRADES.map((grade) => [grade, z.number().int().min(0)])) as Record<
    (typeof OFSTED_GRADES)[number],
    z.ZodNumber
  >,
);

export const apiReportSchema = z
  .strictObject({
    id: entityId,
    challengeDayId: entityId,
    districtId: entityId,
    verifiedAt: instant,
    verifiedById: entityId,
    findingCount: z.number().int().min(0),
    overallGrades: gradeCounts.meta({ description: 'Cases per overall grade, a moderated grade counted instead.' }),
    actionCount: z.number().int().min(0),
  })
  .meta({ id: 'Report', description: 'A verified report, at summary level: counts, never case text.' });

export const apiActionSchema = z
  .strictObject({
    id: entityId,
    reference: z.string().nullable().meta({ description: 'The short reference people use in chat, e.g. A-12.' }),
    districtId: entityId,
    challengeDayId: entityId,
    what: z.string(),
    sourceKind: z.enum(ACTION_SOURCES),
    owner: z.strictObject({ id: entityId, name: z.string().nullable() }),
    dueDate: calendarDay,
    priority: z.enum(ACTION_PRIORITIES),
    status: z.enum(ACTION_STATUSES),
    overdue: z.boolean(),
    daysOverdue: z.number().int().min(0),
    acknowledgedAt: instant.nullable(),
    completedAt: instant.nullable(),
    verifiedAt: instant.nullable(),
    createdAt: instant,
    updatedAt: instant.meta({ description: 'The last step of its lifecycle (its creation at first).' }),
  })
  .meta({ id: 'Action' });

export const apiMonthPerformanceSchema = z
  .strictObject({
    districtId: entityId,
    due: z.number().int().min(0),
    onTime: z.number().int().min(0),
    onTimePercent: z.number().int().min(0).max(100).nullable(),
    assigned: z.number().int().min(0),
    acknowledgedInTime: z.number().int().min(0),
    acknowledgedInTimePercent: z.number().int().min(0).max(100).nullable(),
  })
  .meta({
    id: 'DistrictMonthPerformance',
    description: 'Deprecated: the monthly figures /performance served first; see the full figures beside them.',
  });

/** A list read a page at a time: `nextCursor` gives the next page, null after the last. */
export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .strictObject({
      data: z.array(item),
      nextCursor: z.string().nullable().meta({ description: 'Send as `cursor` for the next page; null at the end.' }),
    })
    .meta({ id });
}

export const challengeDayPageSchema = pageOf(apiChallengeDaySchema, 'ChallengeDayPage');
export const reportPageSchema = pageOf(apiReportSchema, 'ReportPage');
export const actionPageSchema = pageOf(apiActionSchema, 'ActionPage');
export const districtListSchema = z.strictObject({ data: z.array(apiDistrictSchema) }).meta({ id: 'DistrictList' });

/* The questions. Every value is a string of a known form: an object or a repeated parameter is refused. */

const paging = {
  cursor: z.string().max(1000).optional().meta({ description: 'The nextCursor of the page before.' }),
  limit: z
    .string()
    .regex(/^[1-9][0-9]{0,2}$/, 'must be a whole number from 1 to 500')
    .optional()
    .meta({ description: 'Records per page, 1 to 500; 100 when not given.' }),
};
export const districtParameter = entityId
  .optional()
  .meta({ description: 'Only this district (its id, from /districts).' });
const statusList = new RegExp(`^(${ACTION_STATUSES.join('|')})(,(${ACTION_STATUSES.join('|')}))*$`);

export const listQuerySchema = z.strictObject({ district: districtParameter, ...paging });

export const actionQuerySchema = z.strictObject({
  district: districtParameter,
  status: z
    .string()
    .regex(statusList, `must be one or more of ${ACTION_STATUSES.join(', ')}, separated by commas`)
    .optional(),
  owner: entityId.optional().meta({ description: 'Only actions owned by this person (their id).' }),
  overdue: z.enum(['true', 'false']).optional(),
  dueBefore: isoDate.optional().meta({ description: 'Due before this date.' }),
  dueAfter: isoDate.optional().meta({ description: 'Due after this date.' }),
  updatedSince: z.iso
    .datetime({ offset: true })
    .optional()
    .meta({ description: 'Created or changed at or after this instant.' }),
  ...paging,
});

export const noQuerySchema = z.strictObject({});
export const idPathSchema = z.strictObject({ id: entityId });
