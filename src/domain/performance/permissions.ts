import { hasRole, worksInDistrict, type Actor } from '../people/actor.js';
import { MANAGER_ROLES } from '../people/roles.js';
import { allowedIf, ownDistrictHelp, QA_MANAGERS_HELP, type Permission } from '../shared/permission.js';
import type { FiguresScope } from './performance-figures.js';

const FOR_MANAGERS = 'Performance figures are for the district’s managers and the QA team.';

/**
 * Who sees the county as a whole (and every district side by side): the QA managers, who run the programme, and
 * the senior managers, who verify every district's reports and take the figures to the performance board.
 */
export function seesCountyFigures(actor: Actor): boolean {
  return hasRole(actor, 'qa_manager', 'senior_manager');
}

/**
 * Performance figures follow the action plan's need-to-know: a district's figures are for the managers of its
 * plan (a district manager sees their own districts only); the county's totals and the whole comparison are for
 * those who see the county. Staff, auditors and partner agencies are told who can help.
 */
export function mayAskFigures(actor: Actor, scope: FiguresScope): Permission {
  if (!hasRole(actor, ...MANAGER_ROLES)) return allowedIf(false, FOR_MANAGERS, ownDistrictHelp(actor));
  if (scope.kind === 'district') {
    return allowedIf(
      seesCountyFigures(actor) || worksInDistrict(actor, scope.districtId),
      'You can see performance figures only for the districts you manage; a QA manager can give you any other’s.',
      QA_MANAGERS_HELP,
    );
  }
  if (scope.kind === 'county') {
    return allowedIf(
      seesCountyFigures(actor),
      'County figures are for QA managers and senior managers. You can ask for your own district’s, e.g. “performance for your district this quarter”.',
      QA_MANAGERS_HELP,
    );
  }
  // A district manager may compare the districts they manage with each other, and no others.
  return allowedIf(seesCountyFigures(actor) || actor.districtIds.length > 0, FOR_MANAGERS, ownDistrictHelp(actor));
}

/** The districts a comparison or county total covers for this person: all, or only those they manage. */
export function districtsInFigures<D extends { readonly _id: string }>(actor: Actor, districts: readonly D[]): D[] {
  return seesCountyFigures(actor)
    ? [...districts]
    : districts.filter((district) => worksInDistrict(actor, district._id));
}
