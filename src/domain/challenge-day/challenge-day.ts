import { z } from 'zod/v4';
import { boundedText, calendarDate, entityId } from '../shared/fields.js';
import { versionedFields } from '../shared/history.js';
import { INTELLIGENCE_SOURCES } from './service-priorities.js';

export const CHALLENGE_DAY_STATUSES = [
  'planned',
  'announced',
  'in_progress',
  'report_drafted',
  'verified',
  'circulated',
  'closed',
  'cancelled',
] as const;
export type ChallengeDayStatus = (typeof CHALLENGE_DAY_STATUSES)[number];

/** One Challenge Day: a social care district and its MAT locality, audited on the same day on two sites. */
export const challengeDaySchema = z.strictObject({
  _id: entityId,
  districtId: entityId,
  matLocality: boundedText(80),
  /** The day, as a calendar date in London. */
  date: calendarDate,
  /** When the day starts, as a UTC instant; the 48-hour notice is due 48 hours before it. */
  startsAt: z.date(),
  sites: z.strictObject({ district: boundedText(200), mat: boundedText(200) }),
  focusAreas: z.array(boundedText(200)).min(1).max(10),
  intelligence: z.array(z.enum(INTELLIGENCE_SOURCES)).max(INTELLIGENCE_SOURCES.length),
  intelligenceNotes: boundedText(4000).optional(),
  /** The district audit team: auditors on the social care district's site. */
  auditTeamIds: z.array(entityId).max(60),
  /** The MAT audit team, auditing the MAT locality's cases on its own site; absent on days planned with one team. */
  matAuditTeamIds: z.array(entityId).max(60).optional(),
  expectedAttendeeIds: z.array(entityId).max(500),
  status: z.enum(CHALLENGE_DAY_STATUSES),
  plannedById: entityId,
  createdAt: z.date(),
  ...versionedFields,
});
export type ChallengeDay = z.infer<typeof challengeDaySchema>;

/** Where a day's audit work happens: the social care district's site or the MAT locality's. */
export const AUDIT_SITES = ['district', 'mat'] as const;
export type AuditSite = (typeof AUDIT_SITES)[number];

/** Everyone auditing on the day, on either site, each once. */
export function auditorIdsOf(day: Pick<ChallengeDay, 'auditTeamIds' | 'matAuditTeamIds'>): string[] {
  return [...new Set([...day.auditTeamIds, ...(day.matAuditTeamIds ?? [])])];
}

/** The auditors working on one site. */
export function auditTeamOn(day: Pick<ChallengeDay, 'auditTeamIds' | 'matAuditTeamIds'>, site: AuditSite): string[] {
  return site === 'mat' ? [...(day.matAuditTeamIds ?? [])] : [...day.auditTeamIds];
}
