import type { AuditEvent } from '../domain/audit/audit-event.js';
import type { Person } from '../domain/people/person.js';
import type { SenderRecords } from '../domain/people/recognise-sender.js';
import { heldByAnotherRecord } from './person-changes.js';
import type { Stores } from './stores.js';

/**
 * The records the domain reads and writes to recognise who sent a message (recognise-sender.ts): the people,
 * the ids of the districts in use for a new QA manager, and the audit trail every change to a person goes to.
 */
export function senderRecords(stores: Pick<Stores, 'people' | 'districts' | 'auditEvents'>): SenderRecords {
  const { people, districts, auditEvents } = stores;
  return {
    findByIdentity: (identity) => people.findByIdentity(identity),
    findByEmail: (email) => people.findByEmail(email),
    withRole: (role) => people.withRole(role),
    districtIds: async () => (await districts.active()).map((district) => district._id),
    saveChange: async (person: Person, audit: AuditEvent) => {
      try {
        await people.save(person);
      } catch (error) {
        // Another turn gave the identity to someone else, or stored a record with this email, first.
        if (heldByAnotherRecord(error)) return false;
        throw error;
      }
      await auditEvents.record(audit);
      return true;
    },
  };
}
