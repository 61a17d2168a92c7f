import type { Actor } from '../people/actor.js';
import type { AuditEvent, AuditedEntityKind } from './audit-event.js';
import { AUDIT_ID_MAX, describeChange } from './record-change.js';

/** A record that may be retired (a district, a team): how it stands, for the audit event's before and after. */
interface RetirableRecord {
  readonly _id: string;
  readonly retiredAt?: Date;
}

const standing = (record: RetirableRecord | null): string =>
  record === null ? 'none' : record.retiredAt ? 'retired' : 'active';

/**
 * The audit event of a change to a district or a team: who made it, when, how the record stood before and
 * after (none, active, retired), and each field's old and new value. Its id is derived from the command, so
 * recording it again when the platform delivers the same submission twice adds nothing.
 */
export function recordChangeAudit(
  kind: AuditedEntityKind,
  before: RetirableRecord | null,
  after: RetirableRecord | null,
  change: { readonly transition: string; readonly actor: Actor; readonly at: Date; readonly commandId: string },
): AuditEvent {
  const id = after?._id ?? before?._id ?? '';
  const note = describeChange(before, after ?? { _id: id });
  return {
    _id: `${kind}:${id}:${change.transition}:${change.commandId}`.slice(0, AUDIT_ID_MAX),
    entityKind: kind,
    entityId: id,
    transition: change.transition,
    actorId: change.actor.id,
    at: change.at,
    commandId: change.commandId.slice(0, 128),
    before: standing(before),
    after: after === null ? 'removed' : standing(after),
    ...(note ? { note } : {}),
  };
}
