import { ownDistrictHelp } from '../shared/permission.js';
import { refuseWithHelp } from '../shared/who-can-help.js';
import type { AuditEvent } from '../audit/audit-event.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import type { Actor } from './actor.js';
import { personChangeAudit } from './person-change.js';
import type { PersonDetails } from './person-details.js';
import type { Person } from './person.js';
import { mayManagePerson } from './permissions.js';

/** A change to someone's record, ready to store, with the audit event that says who made it and what changed. */
export interface PersonChange {
  readonly person: Person;
  readonly audit: AuditEvent;
}

export interface ChangeContext {
  readonly actor: Actor;
  readonly at: Date;
}

/** The details as the record holds them: optional fields left out are not on the record at all. */
function withDetails(base: Pick<Person, '_id' | 'identities'> & Partial<Person>, details: PersonDetails): Person {
  const { teamName, agency, managerId, ...required } = details;
  const kept = { _id: base._id, identities: base.identities, ...(base.leftAt ? { leftAt: base.leftAt } : {}) };
  return {
    ...kept,
    ...required,
    ...(teamName ? { teamName } : {}),
    ...(agency ? { agency } : {}),
    ...(managerId ? { managerId } : {}),
  };
}

/** A new person, with no platform identity yet: they are linked by their email the first time they write. */
export function addPerson(id: string, details: PersonDetails, context: ChangeContext): Outcome<PersonChange> {
  const person = withDetails({ _id: id, identities: {} }, details);
  const allowed = mayManagePerson(context.actor, { before: null, after: person });
  if (!allowed.ok) return allowed;
  return succeed({ person, audit: personChangeAudit(null, person, { transition: 'add', ...context }) });
}

/**
 * Someone's record with new details, keeping their identities and whether they left; null when nothing
 * would change, so saving the same details again (an import run twice) writes and audits nothing.
 */
export function changePerson(
  before: Person,
  details: PersonDetails,
  context: ChangeContext,
): Outcome<PersonChange | null> {
  const person = withDetails(before, details);
  const allowed = mayManagePerson(context.actor, { before, after: person });
  if (!allowed.ok) return allowed;
  const audit = personChangeAudit(before, person, { transition: 'change', ...context });
  return succeed(audit.note === '' ? null : { person, audit });
}

/**
 * Marks someone as having left: their record and history stay, their access ends with their next message.
 * Refused for someone already marked, and for yourself (a county must not lock out its last QA manager
 * by mistake; another manager records it).
 */
export function markPersonLeft(before: Person, context: ChangeContext): Outcome<PersonChange> {
  if (before.leftAt) return refuse('conflict', `${before.displayName} is already recorded as having left.`);
  if (before._id === context.actor.id) {
    return refuseWithHelp(
      'You cannot record yourself as having left: another manager records it.',
      ownDistrictHelp(context.actor, ['qa_manager', 'district_manager']),
    );
  }
  const person: Person = { ...before, leftAt: context.at };
  const allowed = mayManagePerson(context.actor, { before, after: person });
  if (!allowed.ok) return allowed;
  return succeed({ person, audit: personChangeAudit(before, person, { transition: 'left', ...context }) });
}
