import { auditEventId, type AuditEvent } from '../audit/audit-event.js';
import type { Actor } from './actor.js';
import type { Person } from './person.js';

/** The fields of a person's record, each as one line of the audit note (nested ones by their path). */
function fieldsOf(person: Person | null): Map<string, string> {
  const fields = new Map<string, string>();
  const add = (path: string, value: unknown) => {
    if (value === undefined) return;
    if (value instanceof Date) {
      fields.set(path, value.toISOString());
      return;
    }
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) add(`${path}.${key}`, inner);
    } else fields.set(path, Array.isArray(value) ? value.join(', ') : String(value));
  };
  for (const [key, value] of Object.entries(person ?? {})) if (key !== '_id') add(key, value);
  return fields;
}

/** The longest id an audit event has (auditEventSchema). */
const ID_MAX = 300;
/** The most an audit note holds. */
const NOTE_MAX = 4000;

/** The fields that differ between two versions of a record, each with its old and new value. */
function changedFields(before: Person | null, after: Person): { field: string; old?: string; next?: string }[] {
  const old = fieldsOf(before);
  const next = fieldsOf(after);
  return [...new Set([...old.keys(), ...next.keys()])]
    .filter((field) => old.get(field) !== next.get(field))
    .map((field) => ({ field, old: old.get(field), next: next.get(field) }));
}

/** Each field that differs, as `field: old → new` (`(none)` for a field not there), one per line. */
export function describePersonChange(before: Person | null, after: Person): string {
  return changedFields(before, after)
    .map(({ field, old, next }) => `${field}: ${old ?? '(none)'} → ${next ?? '(none)'}`)
    .join('\n')
    .slice(0, NOTE_MAX);
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
    _id: `${auditEventId('person', after._id, at.getTime())}:${transition}:${fields.join(',')}`.slice(0, ID_MAX),
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
