import type { AuditEvent } from '../audit/audit-event.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { SYSTEM_ACTOR } from './actor.js';
import { personChangeAudit } from './person-change.js';
import type { Person } from './person.js';
import { IDENTITY_FIELDS, type PlatformIdentity } from './platform-identity.js';
import { sameEmail } from './work-email.js';

/** Told to someone whose email is on a record already linked to another account on the same platform. */
export const RECORD_LINKED_TO_ANOTHER_ACCOUNT =
  'The record with your work email is already linked to another chat account, so the bot cannot act for you: ask a QA manager to check your record.';

/** Told to someone whose account is linked to another person's record (by a turn that raced this one). */
export const IDENTITY_HELD_BY_ANOTHER =
  'Your chat account is already linked to someone else’s record, so the bot cannot act for you: ask a QA manager to check it.';

/**
 * Links a platform identity to the registered person whose work email the platform gives for its holder
 * (emails compare without regard to case). Refused when the email is not the record's, or when the record
 * already holds another identity on that platform: a record has one account per platform. (An identity
 * someone else holds is refused by the store, which keeps an identity to one person: IDENTITY_HELD_BY_ANOTHER.)
 * The link is audited, by the system.
 */
export function linkIdentity(
  person: Person,
  identity: PlatformIdentity,
  context: { readonly email: string; readonly at: Date },
): Outcome<{ person: Person; audit: AuditEvent | null }> {
  if (!person.email || !sameEmail(person.email, context.email)) {
    return refuse('not_registered', 'Your work email is not the one on that record, so the bot cannot link you to it.');
  }
  const field = IDENTITY_FIELDS[identity.platform];
  const held = person.identities[field];
  // Linked already (by a turn that raced this one): nothing changes, so nothing is audited.
  if (held === identity.platformUserId) return succeed({ person, audit: null });
  if (held !== undefined) return refuse('not_registered', RECORD_LINKED_TO_ANOTHER_ACCOUNT);
  const linked: Person = { ...person, identities: { ...person.identities, [field]: identity.platformUserId } };
  return succeed({
    person: linked,
    audit: personChangeAudit(person, linked, { transition: 'link_identity', actor: SYSTEM_ACTOR, at: context.at }),
  });
}
