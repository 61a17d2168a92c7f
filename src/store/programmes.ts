import type { Db } from 'mongodb';
import { programmeId, programmeSchema, type Programme } from '../domain/programme/programme.js';
import type { AuditEventRepository } from './audit-events.js';
import type { TransitionSteps } from './transition-steps.js';
import type { DeclaredIndex } from './validated-collection.js';
import { VersionedCollection } from './versioned-collection.js';
import { VersionedRepository } from './versioned-repository.js';

// One record per year, found by its id ("programme-2027"): no index beyond _id is needed.
const indexes: DeclaredIndex[] = [];

/** The yearly programmes of Challenge Days, each change a versioned, audited step of its history. */
export class ProgrammeRepository extends VersionedRepository<Programme> {
  constructor(db: Db, auditEvents: AuditEventRepository, steps: TransitionSteps) {
    super(new VersionedCollection(db, 'programmes', programmeSchema, indexes, 'programme', auditEvents, steps));
  }

  /** The programme of a year, if one was set. */
  forYear(year: number): Promise<Programme | null> {
    return this.findById(programmeId(year));
  }
}
