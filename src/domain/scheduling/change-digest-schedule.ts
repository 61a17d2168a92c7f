import type { AuditEvent } from '../audit/audit-event.js';
import { auditEventId } from '../audit/audit-event.js';
import type { District } from '../districts/district.js';
import type { Actor } from '../people/actor.js';
import { succeed, type Outcome } from '../shared/domain-error.js';
import { DEFAULT_DIGEST_SCHEDULE, describeDigestSchedule, type DigestSchedule } from './digest-schedule.js';
import { mayChangeDigestSchedules } from './permissions.js';

export interface DigestScheduleChange {
  readonly weekday?: number;
  readonly time?: string;
}

/**
 * Moves a district's weekly digest to another day, time or both (what is not said stays as it was). Only a
 * QA manager may: the digest is the district's shared view of its action plan. The change is audited.
 */
export function changeDigestSchedule(
  district: District,
  change: DigestScheduleChange,
  context: { readonly actor: Actor; readonly now: Date },
): Outcome<{ schedule: DigestSchedule; audit: AuditEvent }> {
  const allowed = mayChangeDigestSchedules(context.actor);
  if (!allowed.ok) return allowed;
  const before = district.digestSchedule ?? DEFAULT_DIGEST_SCHEDULE;
  const schedule: DigestSchedule = {
    weekday: change.weekday ?? before.weekday,
    time: change.time ?? before.time,
  };
  const at = context.now;
  return succeed({
    schedule,
    audit: {
      _id: auditEventId('district', district._id, at.getTime()),
      entityKind: 'district',
      entityId: district._id,
      transition: 'change_digest_schedule',
      actorId: context.actor.id,
      at,
      commandId: `digest-schedule:${district._id}:${at.getTime()}`,
      before: describeDigestSchedule(before),
      after: describeDigestSchedule(schedule),
    },
  });
}
