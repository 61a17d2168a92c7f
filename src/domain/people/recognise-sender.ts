import type { AuditEvent } from '../audit/audit-event.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { PersonDirectory } from './identify-person.js';
import { IDENTITY_HELD_BY_ANOTHER, linkIdentity } from './link-identity.js';
import { notRegisteredMessage } from './not-registered.js';
import { ADDS_PEOPLE, joinsAsQaManager } from './permissions.js';
import type { Person } from './person.js';
import type { PlatformIdentity } from './platform-identity.js';
import type { PlatformProfile } from './platform-profile.js';
import { registerQaManager } from './register-qa-manager.js';
import type { Role } from './roles.js';
import { workEmail } from './work-email.js';

/** The records recognising a sender reads and writes: the people store, and the districts' ids. */
export interface SenderRecords extends PersonDirectory {
  findByEmail(email: string): Promise<Person | null>;
  withRole(role: Role): Promise<Person[]>;
  districtIds(): Promise<string[]>;
  /** Saves the person and records the change; false when the identity was taken by someone else meanwhile. */
  saveChange(person: Person, audit: AuditEvent): Promise<boolean>;
}

export interface FirstContactRules {
  /** The work emails of those who become QA managers the first time they write (BOOTSTRAP_ADMIN_EMAILS). */
  readonly bootstrapAdminEmails: readonly string[];
  readonly now: Date;
  readonly newPersonId: () => string;
}

/**
 * Who sent a message, from the platform identity of the authenticated request. A known identity is its
 * person. An unknown one is looked up in the platform's directory (only then, as that is a call to the
 * platform): if a registered person has the email it gives, the identity is linked to them; if nobody has
 * it and it is one of the bootstrap emails, they are registered as a QA manager. Anyone else is told who
 * can add them.
 */
export async function recogniseSender(
  records: SenderRecords,
  identity: PlatformIdentity | undefined,
  lookUpProfile: () => Promise<PlatformProfile | undefined>,
  rules: FirstContactRules,
): Promise<Outcome<Person>> {
  const known = identity?.platformUserId ? await records.findByIdentity(identity) : null;
  if (known) return succeed(known);
  const profile = identity?.platformUserId ? await lookUpProfile() : undefined;
  const email = workEmail.safeParse(profile?.email);
  if (identity && email.success) {
    const onRecord = await records.findByEmail(email.data);
    if (onRecord) {
      const linked = linkIdentity(onRecord, identity, { email: email.data, at: rules.now });
      if (!linked.ok) return linked;
      return saved(records, linked.value.person, linked.value.audit);
    }
    if (joinsAsQaManager(email.data, rules.bootstrapAdminEmails)) {
      const districtIds = await records.districtIds();
      const registered = registerQaManager(
        identity,
        { email: email.data, ...(profile?.displayName ? { displayName: profile.displayName } : {}) },
        { id: rules.newPersonId(), districtIds, at: rules.now },
      );
      return saved(records, registered.person, registered.audit);
    }
  }
  return refuse('not_registered', notRegisteredMessage(await records.withRole(ADDS_PEOPLE)));
}

/** Saved and audited; an identity another turn linked to someone else meanwhile is refused as theirs. */
async function saved(records: SenderRecords, person: Person, audit: AuditEvent | null): Promise<Outcome<Person>> {
  if (!audit) return succeed(person);
  if (await records.saveChange(person, audit)) return succeed(person);
  return refuse('not_registered', IDENTITY_HELD_BY_ANOTHER);
}
