import { auditEventId, type AuditEvent } from '../audit/audit-event.js';
import { AUDIT_ID_MAX, changedFields, describeChange } from '../audit/record-change.js';
import type { Actor } from './actor.js';
import type { Person } from './person.js';

/** Each field that differs, as `field: old → new` (`(none)` for a field not there), one per line. */
export function describePersonChange(before: Person | null, after: Person): string {
  return describeChange(before, after);
}

/**
 * The audit event of a change to someone's record: who made it, when, and every field's old and new value.
 * Its id is derived from the person, the time and what changed, so recording it again after a retry adds
 * nothing, while two changes in the same millisecond (a record linked from Teams and from Slack) are both kept.
 */
export function personChangeAudit(
  before: Person | null,
  after: Person,
  change: { readonly transition: string; readonly actor: Actor; readonly at: Date },
): AuditEvent {
  const { transition, actor, at } = change;
  const fields = changedFields(before, after).map(({ field }) => field);
  return {
    _id: `${auditEventId('person', after._id, at.getTime())}:${transition}:${fields.join(',')}`.slice(0, AUDIT_ID_MAX),
    entityKind: 'person',
    entityId: after._id,
    transition,
    actorId: actor.id,
    at,
    commandId: `person:${transition}:${after._id}:${at.getTime()}`,
    before: before ? 'registered' : 'none',
    after: 'registered',
    note: describePersonChange(before, after),
  };
}
