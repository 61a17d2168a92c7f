import type { Action } from '../action/action.js';
import type { CaseFinding } from '../case-finding/case-finding.js';
import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import type { District } from '../districts/district.js';
import type { Report } from '../reports/report.js';
import { isoFromCalendarDate } from '../shared/london-time.js';
import { eventIdFor, webhookEventSchema, type ActionEventType, type WebhookEvent } from './webhook-event.js';

/**
 * The events other systems hear of, each built from the record the step produced. Pure: each takes what it
 * summarises and picks the summary fields by name, so nothing else of the record can reach a payload.
 */

const districtOf = (district: Pick<District, '_id' | 'name'>) => ({ id: district._id, name: district.name });

export function reportVerifiedEvent(report: Report, district: Pick<District, '_id' | 'name'>, at: Date): WebhookEvent {
  return webhookEventSchema.parse({
    id: eventIdFor('report.verified', report._id, 'approved'),
    type: 'report.verified',
    timestamp: at.toISOString(),
    district: districtOf(district),
    data: { reportId: report._id, challengeDayId: report.challengeDayId, actionCount: report.actionIds.length },
  });
}

/**
 * An action completed, verified, or overdue. `occurrence` tells one such moment from another: the action's
 * version after the step (completed again after a reopening is a new event), or the overdue reminder's id.
 */
export function actionEvent(
  type: ActionEventType,
  action: Action,
  district: Pick<District, '_id' | 'name'>,
  occurrence: string,
  at: Date,
): WebhookEvent | null {
  // An action made before references existed gets one at the next start-up; until then it cannot be named.
  if (!action.reference) return null;
  return webhookEventSchema.parse({
    id: eventIdFor(type, action._id, occurrence),
    type,
    timestamp: at.toISOString(),
    district: districtOf(district),
    data: {
      actionId: action._id,
      reference: action.reference,
      status: action.status,
      dueDate: isoFromCalendarDate(action.dueDate),
      challengeDayId: action.challengeDayId,
    },
  });
}

export function challengeDayPlannedEvent(
  day: ChallengeDay,
  district: Pick<District, '_id' | 'name'>,
  at: Date,
): WebhookEvent {
  return webhookEventSchema.parse({
    id: eventIdFor('challenge_day.planned', day._id, 'planned'),
    type: 'challenge_day.planned',
    timestamp: at.toISOString(),
    district: districtOf(district),
    data: { challengeDayId: day._id, date: isoFromCalendarDate(day.date) },
  });
}

/** A safeguarding concern raised in a finding: the case reference, district and time, and nothing else. */
export function safeguardingRaisedEvent(
  finding: CaseFinding,
  district: Pick<District, '_id' | 'name'>,
  at: Date,
): WebhookEvent {
  return webhookEventSchema.parse({
    id: eventIdFor('safeguarding.raised', finding._id, 'raised'),
    type: 'safeguarding.raised',
    timestamp: at.toISOString(),
    district: districtOf(district),
    data: { caseReference: finding.caseReference },
  });
}
