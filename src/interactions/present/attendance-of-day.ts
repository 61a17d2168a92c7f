import { summariseAttendance, type AttendanceSummary } from '../../domain/attendance/attendance-summary.js';
import type { Stores } from '../../store/stores.js';

/** Who came to a day, in counts by role and agency, from its register; null when none was recorded. */
export async function attendanceOfDay(stores: Stores, challengeDayId: string): Promise<AttendanceSummary | null> {
  const register = await stores.attendanceRegisters.forChallengeDay(challengeDayId);
  if (!register) return null;
  return summariseAttendance(register, await stores.people.findByIds(register.attendedIds));
}
