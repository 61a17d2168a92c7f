import { DateTime } from 'luxon';
import { SERVICE_TIME_ZONE, formatCalendarDate, londonCalendarDate } from '../shared/london-time.js';

/** How long each kind of record is kept (the RETENTION_* settings). */
export interface RetentionPeriods {
  /** Case findings, case samples and the findings sent back to the cases' teams: years after the day. */
  readonly caseFindingsYears: number;
  /** Reports, their actions, focus-group feedback and observed-visit notes: years after the day. */
  readonly reportsYears: number;
  /** Answers to the 48-hour notice: days after the day. */
  readonly noticeRepliesDays: number;
  /** Delivered or failed outbox entries: days after they were queued. */
  readonly outboxDays: number;
  /** Scheduled work that is done or failed: days after it was due. */
  readonly doneWorkDays: number;
  /** Audit events: years after they happened; at least as long as the longest-kept record they describe. */
  readonly auditEventsYears: number;
}

export const PURGED_RECORD_KINDS = [
  'case_finding',
  'case_sample',
  'case_handback',
  'focus_group_feedback',
  'observed_visit',
  'action',
  'report',
  'attendance_register',
  'notice_reply',
  'challenge_day',
  'outbox_entry',
  'scheduled_work',
  'people_import',
  'roster_offer',
  'report_link_claim',
  'audit_event',
] as const;
export type PurgedRecordKind = (typeof PURGED_RECORD_KINDS)[number];

/**
 * Which records of a kind are past their retention: those of Challenge Days held before a calendar date,
 * or those (finished) before an instant.
 */
export interface PurgeRule {
  readonly kind: PurgedRecordKind;
  readonly of: 'days_before' | 'finished_before';
  readonly cutOff: Date;
  /** How long this kind is kept, in words, for the audit event. */
  readonly kept: string;
}

const LABELS: Record<PurgedRecordKind, string> = {
  case_finding: 'Case findings',
  case_sample: 'Case samples',
  case_handback: 'Case findings sent to team managers',
  focus_group_feedback: 'Focus-group feedback',
  observed_visit: 'Observed-visit notes',
  action: 'Actions',
  report: 'Reports',
  attendance_register: 'Registers of who came',
  notice_reply: 'Notice replies',
  challenge_day: 'Challenge Days',
  outbox_entry: 'Outbox entries',
  scheduled_work: 'Finished scheduled work',
  people_import: 'People files sent in chat',
  roster_offer: 'Channel members offered to add',
  report_link_claim: 'Report links opened',
  audit_event: 'Audit events',
};

/**
 * Days a people file sent in chat, and a list of a channel's members offered to add, are kept for their
 * button: long enough to apply after a week-end, and no longer, as they name people and their emails.
 */
export const CHAT_UPLOADS_KEPT_DAYS = 7;

export function purgedKindLabel(kind: PurgedRecordKind): string {
  return LABELS[kind];
}

/**
 * The purge rules at an instant, in the order they run: the records of a Challenge Day before the day
 * itself, so nothing is ever left pointing at a day that is gone. A day is kept until the longest of the
 * periods counted from it has passed.
 */
export function purgeRules(periods: RetentionPeriods, now: Date): PurgeRule[] {
  const today = DateTime.fromJSDate(londonCalendarDate(now), { zone: 'UTC' });
  const yearsAgo = (years: number) => today.minus({ years }).toJSDate();
  const daysAgo = (days: number) => DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE }).minus({ days }).toJSDate();
  const afterTheDay = (kind: PurgedRecordKind, cutOff: Date, kept: string): PurgeRule => ({
    kind,
    of: 'days_before',
    cutOff,
    kept: `${kept}; Challenge Days before ${formatCalendarDate(cutOff)}`,
  });
  const findingsCutOff = yearsAgo(periods.caseFindingsYears);
  const reportsCutOff = yearsAgo(periods.reportsYears);
  const repliesCutOff = today.minus({ days: periods.noticeRepliesDays }).toJSDate();
  const dayCutOff = new Date(Math.min(findingsCutOff.getTime(), reportsCutOff.getTime(), repliesCutOff.getTime()));
  const years = (count: number) => `kept ${count === 1 ? '1 year' : `${count} years`} after the day`;
  return [
    afterTheDay('case_finding', findingsCutOff, years(periods.caseFindingsYears)),
    afterTheDay('case_sample', findingsCutOff, years(periods.caseFindingsYears)),
    // What was sent back to a case's team, and its acknowledgement, go with the findings it names.
    afterTheDay('case_handback', findingsCutOff, years(periods.caseFindingsYears)),
    afterTheDay('focus_group_feedback', reportsCutOff, years(periods.reportsYears)),
    afterTheDay('observed_visit', reportsCutOff, years(periods.reportsYears)),
    afterTheDay('action', reportsCutOff, years(periods.reportsYears)),
    afterTheDay('report', reportsCutOff, years(periods.reportsYears)),
    // Who came is part of the report's record, so it is kept as long as the report.
    afterTheDay('attendance_register', reportsCutOff, years(periods.reportsYears)),
    afterTheDay('notice_reply', repliesCutOff, `kept ${periods.noticeRepliesDays} days after the day`),
    afterTheDay('challenge_day', dayCutOff, 'kept as long as the longest-kept of its records'),
    {
      kind: 'outbox_entry',
      of: 'finished_before',
      cutOff: daysAgo(periods.outboxDays),
      kept: `kept ${periods.outboxDays} days after they were queued`,
    },
    {
      kind: 'scheduled_work',
      of: 'finished_before',
      cutOff: daysAgo(periods.doneWorkDays),
      kept: `kept ${periods.doneWorkDays} days after they were due`,
    },
    {
      kind: 'people_import',
      of: 'finished_before',
      cutOff: daysAgo(CHAT_UPLOADS_KEPT_DAYS),
      kept: `kept ${CHAT_UPLOADS_KEPT_DAYS} days after they were sent`,
    },
    {
      kind: 'roster_offer',
      of: 'finished_before',
      cutOff: daysAgo(CHAT_UPLOADS_KEPT_DAYS),
      kept: `kept ${CHAT_UPLOADS_KEPT_DAYS} days after they were offered`,
    },
    // A claim means nothing once its link has expired (an hour after it was given); a week keeps it for questions.
    {
      kind: 'report_link_claim',
      of: 'finished_before',
      cutOff: daysAgo(CHAT_UPLOADS_KEPT_DAYS),
      kept: `kept ${CHAT_UPLOADS_KEPT_DAYS} days after the link expired`,
    },
    // Last, so the events of this very run, which record what went, are younger than any cut-off.
    {
      kind: 'audit_event',
      of: 'finished_before',
      cutOff: yearsAgo(periods.auditEventsYears),
      kept: years(periods.auditEventsYears).replace('after the day', 'after they happened'),
    },
  ];
}
