import type { AuditEvent } from '../audit/audit-event.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { PersonDirectory } from './identify-person.js';
import { IDENTITY_HELD_BY_ANOTHER, linkIdentity } from './link-identity.js';
import { leftMessage, notRegisteredMessage } from './not-registered.js';
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
  /**
   * Saves the person and records the change; false when another turn changed the records first: the identity
   * was given to someone else, or the email to another new record.
   */
  saveChange(person: Person, audit: AuditEvent): Promise<boolean>;
}

export interface FirstContactRules {
  /** The work emails of those who become QA managers the first time they write (BOOTSTRAP_ADMIN_EMAILS). */
  readonly bootstrapAdminEmails: readonly string[];
  readonly now: Date;
  readonly newPersonId: () => string;
}

/** How often recognising someone is worked out again after another turn changed the records first. */
const ATTEMPTS = 2;

/**
 * Who sent a message, from the platform identity of the authenticated request. A known identity is its
 * person. An unknown one is looked up in the platform's directory (only then, as that is a call to the
 * platform): if a registered person has the email it gives, the identity is linked to them; if nobody has
 * it and it is one of the bootstrap emails, they are registered as a QA manager. Anyone else is told who
 * can add them, and someone recorded as having left is refused. When another turn changed the records first (the same person's first two messages at
 * once), it is worked out again from what that turn stored.
 */
export async function recogniseSender(
  records: SenderRecords,
  identity: PlatformIdentity | undefined,
  lookUpProfile: () => Promise<PlatformProfile | undefined>,
  rules: FirstContactRules,
): Promise<Outcome<Person>> {
  if (!identity?.platformUserId) return notRegistered(records);
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const known = await records.findByIdentity(identity);
    if (known) return known.leftAt ? left(records, known.leftAt) : succeed(known);
    const profile = await lookUpProfile();
    const email = workEmail.safeParse(profile?.email);
    if (!email.success) return notRegistered(records);
    const change = await firstContactChange(records, identity, { ...profile, email: email.data }, rules);
    if (!change) return notRegistered(records);
    if (!change.ok) return change;
    const { person, audit } = change.value;
    if (!audit || (await records.saveChange(person, audit))) return succeed(person);
  }
  return refuse('not_registered', IDENTITY_HELD_BY_ANOTHER);
}

/** Someone recorded as having left: refused from their next message on, told who can correct the record. */
async function left(records: SenderRecords, leftAt: Date): Promise<Outcome<never>> {
  return refuse('not_registered', leftMessage(leftAt, await qaManagers(records)));
}

/** The QA managers someone is sent to, leaving out any who have left. */
async function qaManagers(records: SenderRecords): Promise<Person[]> {
  return (await records.withRole(ADDS_PEOPLE)).filter((person) => !person.leftAt);
}

/** Someone the bot does not know, told which QA managers can add them. */
async function notRegistered(records: SenderRecords): Promise<Outcome<Person>> {
  return refuse('not_registered', notRegisteredMessage(await qaManagers(records)));
}

/**
 * What the first contact of someone with this email changes: the identity linked to the record with their
 * email, or a new QA manager from the bootstrap emails; null when neither applies.
 */
async function firstContactChange(
  records: SenderRecords,
  identity: PlatformIdentity,
  profile: { readonly email: string; readonly displayName?: string },
  rules: FirstContactRules,
): Promise<Outcome<{ person: Person; audit: AuditEvent | null }> | null> {
  const onRecord = await records.findByEmail(profile.email);
  // A leaver who never wrote before is not linked: their access ended with their record.
  if (onRecord?.leftAt) return left(records, onRecord.leftAt);
  if (onRecord) return linkIdentity(onRecord, identity, { email: profile.email, at: rules.now });
  if (!joinsAsQaManager(profile.email, rules.bootstrapAdminEmails)) return null;
  const districtIds = await records.districtIds();
  return succeed(registerQaManager(identity, profile, { id: rules.newPersonId(), districtIds, at: rules.now }));
}
