import type { AuditEvent } from '../audit/audit-event.js';
import { recordChangeAudit } from '../audit/record-change-audit.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { District } from './district.js';
import type { DistrictDetails } from './district-details.js';
import { clashByInput, describeClash, distinctAliases, findNameClash } from './district-names.js';
import { mayChangeDistricts } from './permissions.js';

/**
 * Renames a district, or changes its MAT locality or aliases. Its id stays, so its Challenge Days, actions,
 * linked channels and people stay with it. A retired district is not changed: it is kept as it was.
 */
export function changeDistrict(
  district: District,
  details: DistrictDetails,
  existing: readonly District[],
  context: { readonly actor: Actor; readonly commandId: string; readonly now: Date },
): Outcome<{ district: District; audit: AuditEvent }> {
  const allowed = mayChangeDistricts(context.actor);
  if (!allowed.ok) return allowed;
  if (district.retiredAt) return refuse('invalid_transition', `${district.name} is retired, so it cannot be changed.`);
  const aliases = distinctAliases(details.name, details.aliases);
  const clash = findNameClash({ name: details.name, aliases }, existing, district._id);
  if (clash) return refuse('conflict', describeClash(clash), clashByInput(clash));
  const changed: District = { ...district, name: details.name, matLocality: details.matLocality, aliases };
  return succeed({
    district: changed,
    audit: recordChangeAudit('district', district, changed, { transition: 'change', ...context, at: context.now }),
  });
}
