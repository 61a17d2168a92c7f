import { hasRole, type Actor } from '../people/actor.js';
import { ALLOWED, allowedIf, districtManagersHelp, ownDistrictHelp, type Permission } from '../shared/permission.js';

const WHO_MAY =
  'An action plan is exported by a QA manager, or by a senior or district manager for their own districts.';

/**
 * Who may export the action plan: the people who manage it. QA managers export every district's; senior
 * and district managers their own districts' (the same actions they see and chase); nobody else, as a file
 * lists every owner's actions at once.
 */
export function mayExportActions(actor: Actor, districtId: string | undefined): Permission {
  if (hasRole(actor, 'qa_manager')) return ALLOWED;
  if (!hasRole(actor, 'senior_manager', 'district_manager')) {
    return allowedIf(false, WHO_MAY, districtId ? districtManagersHelp(districtId) : ownDistrictHelp(actor));
  }
  if (districtId === undefined) {
    return allowedIf(
      actor.districtIds.length > 0,
      'You manage no district yet, so there is no action plan of yours to export.',
    );
  }
  return allowedIf(
    actor.districtIds.includes(districtId),
    'You can export the action plan only of the districts you manage; a QA manager can export any district’s.',
    districtManagersHelp(districtId),
  );
}

/** The districts an export may draw from for this person: undefined means every district (QA managers). */
export function exportableDistrictIds(actor: Actor): readonly string[] | undefined {
  return hasRole(actor, 'qa_manager') ? undefined : actor.districtIds;
}
