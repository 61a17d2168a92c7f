import type { AuditEvent } from '../audit/audit-event.js';
import { recordChangeAudit } from '../audit/record-change-audit.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { District } from './district.js';
import { mayRetireDistricts } from './permissions.js';

/**
 * What refers to a district: any Challenge Day, action, linked channel, team or person. A district with any
 * of it has history that must keep reading.
 */
export interface DistrictHistory {
  readonly hasHistory: boolean;
}

/** A district retired (kept, with `retiredAt`), or removed outright because nothing ever referred to it. */
export type DistrictEnding =
  | { readonly kind: 'retired'; readonly district: District; readonly audit: AuditEvent }
  | { readonly kind: 'removed'; readonly district: District; readonly audit: AuditEvent };

/**
 * Takes a district out of use. A district with history is retired, never deleted: its days, actions and
 * reports still read, but it is no longer offered, recognised in questions or sent digests. One added by
 * mistake, which nothing refers to yet, is removed instead, so its name is free again.
 */
export function retireDistrict(
  district: District,
  history: DistrictHistory,
  context: { readonly actor: Actor; readonly commandId: string; readonly now: Date },
): Outcome<DistrictEnding> {
  const allowed = mayRetireDistricts(context.actor);
  if (!allowed.ok) return allowed;
  if (district.retiredAt) return refuse('invalid_transition', `${district.name} is retired already.`);
  const change = { ...context, at: context.now };
  if (!history.hasHistory) {
    return succeed({
      kind: 'removed',
      district,
      audit: recordChangeAudit('district', district, null, { ...change, transition: 'remove' }),
    });
  }
  const retired: District = { ...district, retiredAt: context.now };
  return succeed({
    kind: 'retired',
    district: retired,
    audit: recordChangeAudit('district', district, retired, { ...change, transition: 'retire' }),
  });
}
