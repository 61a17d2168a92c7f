import type { AuditEvent } from '../audit/audit-event.js';
import { recordChangeAudit } from '../audit/record-change-audit.js';
import type { Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { District } from './district.js';
import type { DistrictDetails } from './district-details.js';
import { clashByInput, describeClash, distinctAliases, findNameClash } from './district-names.js';
import { mayAddDistricts } from './permissions.js';

/**
 * A new district of the county, with its MAT locality. Its name and aliases must differ, ignoring case, from
 * every other district's name and aliases (retired ones too), because questions find a district by them.
 */
export function addDistrict(
  details: DistrictDetails,
  existing: readonly District[],
  context: { readonly actor: Actor; readonly id: string; readonly commandId: string; readonly now: Date },
): Outcome<{ district: District; audit: AuditEvent }> {
  const allowed = mayAddDistricts(context.actor);
  if (!allowed.ok) return allowed;
  const aliases = distinctAliases(details.name, details.aliases);
  const clash = findNameClash({ name: details.name, aliases }, existing);
  if (clash) return refuse('conflict', describeClash(clash), clashByInput(clash));
  const district: District = { _id: context.id, name: details.name, matLocality: details.matLocality, aliases };
  return succeed({
    district,
    audit: recordChangeAudit('district', null, district, { transition: 'add', ...context, at: context.now }),
  });
}
