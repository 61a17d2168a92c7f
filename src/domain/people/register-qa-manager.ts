import type { AuditEvent } from '../audit/audit-event.js';
import { SYSTEM_ACTOR } from './actor.js';
import { personChangeAudit } from './person-change.js';
import type { Person } from './person.js';
import { IDENTITY_FIELDS, type PlatformIdentity } from './platform-identity.js';

/** Longest name a record holds (personSchema). */
const NAME_MAX = 120;
/** Most districts a record lists (personSchema); a QA manager works county-wide whatever it lists. */
const DISTRICTS_MAX = 20;

/**
 * The record of someone named in BOOTSTRAP_ADMIN_EMAILS, made the first time they write: a QA manager, with
 * the name the platform gives (or, without one, their email), their work email and this platform identity,
 * seeing every district there is. Made by the system, and audited as such.
 */
export function registerQaManager(
  identity: PlatformIdentity,
  profile: { readonly email: string; readonly displayName?: string },
  context: { readonly id: string; readonly districtIds: readonly string[]; readonly at: Date },
): { person: Person; audit: AuditEvent } {
  const person: Person = {
    _id: context.id,
    displayName: (profile.displayName?.trim() || profile.email).slice(0, NAME_MAX),
    email: profile.email,
    roles: ['qa_manager'],
    districtIds: context.districtIds.slice(0, DISTRICTS_MAX),
    identities: { [IDENTITY_FIELDS[identity.platform]]: identity.platformUserId },
  };
  return {
    person,
    audit: personChangeAudit(null, person, { transition: 'register', actor: SYSTEM_ACTOR, at: context.at }),
  };
}
