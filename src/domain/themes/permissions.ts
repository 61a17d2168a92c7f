import { hasRole, type Actor } from '../people/actor.js';
import { ALLOWED, allowedIf, ownDistrictHelp, QA_MANAGERS_HELP, type Permission } from '../shared/permission.js';

/*
 * The vocabulary of themes is the QA managers': they run the audit programme whose learning it names.
 * Theme answers draw on case findings, focus groups and visits, so they follow the need-to-know of reports
 * and action plans: QA managers see the county, senior and district managers their own districts.
 */

/** Adding, renaming and retiring themes. */
export function mayChangeThemes(actor: Actor, what: string): Permission {
  return allowedIf(hasRole(actor, 'qa_manager'), `Only a QA manager can ${what}.`, QA_MANAGERS_HELP);
}

const WHO_MAY_ASK =
  'Learning themes are for QA managers, and for senior and district managers about their own districts.';

/** Who may ask about themes in a district (undefined: every district they may see). */
export function mayAskAboutThemes(actor: Actor, districtId: string | undefined): Permission {
  if (hasRole(actor, 'qa_manager')) return ALLOWED;
  if (!hasRole(actor, 'senior_manager', 'district_manager'))
    return allowedIf(false, WHO_MAY_ASK, ownDistrictHelp(actor));
  if (districtId === undefined) {
    return allowedIf(
      actor.districtIds.length > 0,
      'You manage no district yet, so there are no themes of yours to show.',
      QA_MANAGERS_HELP,
    );
  }
  return allowedIf(
    actor.districtIds.includes(districtId),
    'You can see the themes only of the districts you manage; a QA manager can see any district’s.',
    QA_MANAGERS_HELP,
  );
}

/** The districts a theme answer may draw from for this person: undefined means every district. */
export function themeDistrictIds(actor: Actor): readonly string[] | undefined {
  return hasRole(actor, 'qa_manager') ? undefined : actor.districtIds;
}
