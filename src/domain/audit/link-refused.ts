import { entityId } from '../shared/fields.js';
import type { AuditEvent, AuditedEntityKind } from './audit-event.js';

/**
 * A person-bound link that did not open (a report page, an export): expired, changed, made for someone
 * else, opened in another browser, or for someone no longer allowed. The record and person ids are kept as
 * the link named them, when they are ids at all; the signature never is.
 */
export function linkRefusedEvent(
  entityKind: AuditedEntityKind,
  refused: { id: string | undefined; personId: string | undefined; why: string; openId: string; now: Date },
  what: string,
): AuditEvent {
  const asId = (value: string | undefined) => (entityId.safeParse(value).success ? (value as string) : 'unknown');
  const id = asId(refused.id);
  return {
    _id: `${entityKind}:${id}:link_refused:${refused.openId}`.slice(0, 300),
    entityKind,
    entityId: id,
    transition: 'link_refused',
    actorId: asId(refused.personId),
    at: refused.now,
    commandId: refused.openId,
    before: 'none',
    after: 'none',
    note: `${what} link refused: ${refused.why}`,
  };
}
