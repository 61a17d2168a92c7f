import { ALLOWED, allowedIf, ownDistrictHelp, QA_MANAGERS_HELP, type Permission } from '../shared/permission.js';
import { hasRole, type Actor } from './actor.js';
import type { Person } from './person.js';
import type { Role } from './roles.js';
import { sameEmail } from './work-email.js';

/** Who adds people to the bot: the QA managers, whom someone not yet registered is told to ask. */
export const ADDS_PEOPLE: Role = 'qa_manager';

/**
 * Whether someone who is on no record becomes a QA manager the first time they write: only when their work
 * email is one the bot was started with (BOOTSTRAP_ADMIN_EMAILS), so a county starts from nothing without
 * anyone editing the database, and nobody else can make themselves one.
 */
export function joinsAsQaManager(email: string, bootstrapAdminEmails: readonly string[]): boolean {
  return bootstrapAdminEmails.some((named) => sameEmail(named, email));
}

/** The set-up of the county (districts, people, channels) is the QA manager's to walk through. */
export function seesSetUpGuide(actor: Actor): boolean {
  return hasRole(actor, 'qa_manager');
}

const ONLY_MANAGERS_MANAGE_PEOPLE =
  'Only a QA manager, or a district manager for their own district’s staff, can change who is registered.';

/** Roles only a QA manager may give or take away: they reach across the county or verify its reports. */
export const GRANTED_ONLY_BY_QA_MANAGERS: readonly Role[] = ['qa_manager', 'senior_manager'];

/**
 * Whether someone may add a person, change their record or mark them as left. QA managers manage everyone.
 * A district manager manages the staff of their own districts: every district the person is in, before and
 * after the change, is one of theirs, and neither version holds a role only QA managers give.
 */
export function mayManagePerson(
  actor: Actor,
  change: { readonly before: Person | null; readonly after: Person },
): Permission {
  if (hasRole(actor, 'qa_manager')) return ALLOWED;
  if (!hasRole(actor, 'district_manager')) {
    return allowedIf(false, ONLY_MANAGERS_MANAGE_PEOPLE, ownDistrictHelp(actor, ['district_manager']));
  }
  const versions = [change.before, change.after].filter((version): version is Person => version !== null);
  const grantsCountyRole = versions.some((version) =>
    version.roles.some((role) => GRANTED_ONLY_BY_QA_MANAGERS.includes(role)),
  );
  if (grantsCountyRole)
    return allowedIf(
      false,
      'Only a QA manager can give or change the QA manager and senior manager roles.',
      QA_MANAGERS_HELP,
    );
  const outside = versions.some((version) => version.districtIds.some((id) => !actor.districtIds.includes(id)));
  return allowedIf(
    !outside,
    'A district manager can change only the staff of their own districts; for anyone else, a QA manager can.',
    QA_MANAGERS_HELP,
  );
}

/** Who may open the forms that add and change people at all; each record is then checked by mayManagePerson. */
export function mayManagePeople(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, 'qa_manager', 'district_manager'),
    ONLY_MANAGERS_MANAGE_PEOPLE,
    ownDistrictHelp(actor, ['district_manager']),
  );
}

/** A district's people are listed to those who manage them: QA managers, and that district's managers. */
export function mayListPeopleIn(actor: Actor, districtId: string): Permission {
  if (hasRole(actor, 'qa_manager')) return ALLOWED;
  if (!hasRole(actor, 'district_manager')) {
    return allowedIf(false, ONLY_MANAGERS_MANAGE_PEOPLE, ownDistrictHelp(actor, ['district_manager']));
  }
  return allowedIf(
    actor.districtIds.includes(districtId),
    'A district manager can see only the staff of their own districts; for anyone else, a QA manager can.',
    QA_MANAGERS_HELP,
  );
}

/**
 * Who adds a team's or channel's members who are not registered (`who here is not registered?`): the QA
 * managers, who choose the roles; asking reads the members' names and emails, so it is theirs too.
 */
export function mayAddChannelMembers(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, ADDS_PEOPLE),
    'Only a QA manager can add a channel’s members to the bot.',
    QA_MANAGERS_HELP,
  );
}

/** Who sends the bot a file of people to import, and applies it: the QA managers, who manage everyone. */
export function mayImportPeople(actor: Actor): Permission {
  return allowedIf(hasRole(actor, ADDS_PEOPLE), 'Only a QA manager can import people from a file.', QA_MANAGERS_HELP);
}
