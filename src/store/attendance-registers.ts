import type { Db } from 'mongodb';
import { attendanceRegisterSchema, type AttendanceRegister } from '../domain/attendance/register.js';
import type { AuditEventRepository } from './audit-events.js';
import type { TransitionSteps } from './transition-steps.js';
import { VersionedCollection } from './versioned-collection.js';
import { VersionedRepository } from './versioned-repository.js';

/**
 * Registers of who came to each Challenge Day. A register's id is its day's, so a day has one: it is found
 * by that id (no other index), and each later submission is saved as its next version, audited.
 */
export class AttendanceRegisterRepository extends VersionedRepository<AttendanceRegister> {
  constructor(db: Db, auditEvents: AuditEventRepository, steps: TransitionSteps) {
    super(
      new VersionedCollection(
        db,
        'attendance_registers',
        attendanceRegisterSchema,
        [],
        'attendance_register',
        auditEvents,
        steps,
      ),
    );
  }

  /**
   * Stores a day's first register, audited; null when another submission stored the day's register first
   * (two people saving at once), so the caller replaces that one instead. The same command again is a no-op.
   */
  async createFirst(register: AttendanceRegister): Promise<AttendanceRegister | null> {
    try {
      return await this.create(register);
    } catch (error) {
      const current = await this.findById(register._id);
      if (current && current.history[0]?.commandId !== register.history[0]?.commandId) return null;
      throw error;
    }
  }

  /** The register of a day, if one has been recorded. */
  forChallengeDay(challengeDayId: string): Promise<AttendanceRegister | null> {
    return this.findById(challengeDayId);
  }
}
