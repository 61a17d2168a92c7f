/** The longest id an audit event has (auditEventSchema). */
export const AUDIT_ID_MAX = 300;
/** The most an audit note holds. */
const NOTE_MAX = 4000;

type AuditedRecord = { readonly _id: string };

/**
 * The fields of a record, each as one line of an audit note (nested ones by their path, dates in ISO form).
 * An empty list reads as a field not there, "(none)".
 */
function fieldsOf(record: AuditedRecord | null): Map<string, string> {
  const fields = new Map<string, string>();
  const add = (path: string, value: unknown) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    if (value instanceof Date) fields.set(path, value.toISOString());
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) add(`${path}.${key}`, inner);
    } else fields.set(path, Array.isArray(value) ? value.join(', ') : String(value));
  };
  for (const [key, value] of Object.entries(record ?? {})) if (key !== '_id') add(key, value);
  return fields;
}

/** The fields that differ between two versions of a record, each with its old and new value. */
export function changedFields(
  before: AuditedRecord | null,
  after: AuditedRecord,
): { field: string; old?: string; next?: string }[] {
  const old = fieldsOf(before);
  const next = fieldsOf(after);
  return [...new Set([...old.keys(), ...next.keys()])]
    .filter((field) => old.get(field) !== next.get(field))
    .map((field) => ({ field, old: old.get(field), next: next.get(field) }));
}

/** Each field that differs, as `field: old → new` (`(none)` for a field not there), one per line. */
export function describeChange(before: AuditedRecord | null, after: AuditedRecord): string {
  return changedFields(before, after)
    .map(({ field, old, next }) => `${field}: ${old ?? '(none)'} → ${next ?? '(none)'}`)
    .join('\n')
    .slice(0, NOTE_MAX);
}
