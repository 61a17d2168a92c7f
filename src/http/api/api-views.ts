import type { z } from 'zod/v4';
import type { Action } from '../../domain/action/action.js';
import { daysOverdueOn } from '../../domain/action/overdue.js';
import { percentage, type MonthPerformance } from '../../domain/action/action-performance.js';
import type { CaseFinding } from '../../domain/case-finding/case-finding.js';
import { OFSTED_GRADES, type OfstedGrade } from '../../domain/case-finding/grades.js';
import { auditorIdsOf, type ChallengeDay } from '../../domain/challenge-day/challenge-day.js';
import type { District } from '../../domain/districts/district.js';
import type { Report } from '../../domain/reports/report.js';
import { isoFromCalendarDate } from '../../domain/shared/london-time.js';
import type {
  apiActionSchema,
  apiChallengeDaySchema,
  apiDistrictSchema,
  apiMonthPerformanceSchema,
  apiReportSchema,
} from './api-schemas.js';

/*
 * Records as the API shows them: only the fields its schemas name, copied one by one, so a field added to a
 * record later is never served until someone decides it may be.
 */

export function districtView(district: District): z.infer<typeof apiDistrictSchema> {
  return {
    id: district._id,
    name: district.name,
    matLocality: district.matLocality,
    aliases: [...district.aliases],
    retired: district.retiredAt !== undefined,
  };
}

export function challengeDayView(day: ChallengeDay): z.infer<typeof apiChallengeDaySchema> {
  return {
    id: day._id,
    districtId: day.districtId,
    matLocality: day.matLocality,
    date: isoFromCalendarDate(day.date),
    startsAt: day.startsAt.toISOString(),
    status: day.status,
    sites: { district: day.sites.district, mat: day.sites.mat },
    focusAreas: [...day.focusAreas],
    auditTeamSize: auditorIdsOf(day).length,
    matAuditTeamSize: day.matAuditTeamIds?.length ?? 0,
    expectedAttendees: day.expectedAttendeeIds.length,
    createdAt: day.createdAt.toISOString(),
  };
}

/** A verified report's figures; `findings` are its day's, of which only the grades are counted. */
export function reportView(report: Report, findings: readonly CaseFinding[]): z.infer<typeof apiReportSchema> {
  const overallGrades = Object.fromEntries(OFSTED_GRADES.map((grade) => [grade, 0])) as Record<OfstedGrade, number>;
  for (const finding of findings) overallGrades[finding.moderation?.overallGrade ?? finding.overallGrade] += 1;
  const verified = report.history.findLast((entry) => entry.to === 'approved');
  return {
    id: report._id,
    challengeDayId: report.challengeDayId,
    districtId: report.districtId,
    verifiedAt: (report.approvedAt ?? verified?.at ?? report.createdAt).toISOString(),
    verifiedById: report.approvedById ?? verified?.actorId ?? report.draftedById,
    findingCount: findings.length,
    overallGrades,
    actionCount: report.actionIds.length,
  };
}

/** An action on `today` (a London calendar date): whether and how long overdue, as the bot counts it. */
export function actionView(action: Action, ownerName: string | null, today: Date): z.infer<typeof apiActionSchema> {
  const daysOverdue = daysOverdueOn(action, today);
  const verified = action.status === 'verified' ? action.history.findLast((entry) => entry.to === 'verified') : null;
  const updatedAt = action.history.at(-1)?.at ?? action.createdAt;
  return {
    id: action._id,
    reference: action.reference ?? null,
    districtId: action.districtId,
    challengeDayId: action.challengeDayId,
    what: action.what,
    sourceKind: action.source.kind,
    owner: { id: action.ownerId, name: ownerName },
    dueDate: isoFromCalendarDate(action.dueDate),
    priority: action.priority,
    status: action.status,
    overdue: daysOverdue > 0,
    daysOverdue,
    acknowledgedAt: action.acknowledgedAt?.toISOString() ?? null,
    completedAt: action.completion?.at.toISOString() ?? null,
    verifiedAt: verified?.at.toISOString() ?? null,
    createdAt: action.createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

export function monthPerformanceView(
  districtId: string,
  figures: MonthPerformance,
): z.infer<typeof apiMonthPerformanceSchema> {
  return {
    districtId,
    due: figures.due,
    onTime: figures.onTime,
    onTimePercent: percentage(figures.onTime, figures.due),
    assigned: figures.assigned,
    acknowledgedInTime: figures.acknowledgedInTime,
    acknowledgedInTimePercent: percentage(figures.acknowledgedInTime, figures.assigned),
  };
}
