import { hasRole, type Actor } from './actor.js';
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
