import type { Person } from '../people/person.js';
import { ROLE_LABELS, type Role } from '../people/roles.js';
import type { AttendanceRegister } from './register.js';

/** A group of those who came and how many: "Senior manager" → 2, "Derbyshire Constabulary" → 1. */
export interface AttendanceCount {
  readonly label: string;
  readonly count: number;
}

/** Who came to a day in counts, by role and by agency: never names, so it can go wherever the report goes. */
export interface AttendanceSummary {
  readonly attended: number;
  readonly absent: number;
  readonly unannounced: number;
  readonly byRole: readonly AttendanceCount[];
  readonly byAgency: readonly AttendanceCount[];
}

/**
 * Each person is counted once, under the role that says most about why they came: a partner agency's member
 * as a partner even when they also audit, then the county's roles from QA manager down to staff.
 */
const ROLE_PRECEDENCE: readonly Role[] = [
  'partner_agency',
  'qa_manager',
  'senior_manager',
  'district_manager',
  'auditor',
  'staff',
];

/** The agency of the county's own people, who hold no partner agency. */
export const COUNTY_SERVICE = 'County children’s services';
export const AGENCY_NOT_RECORDED = 'Partner agency (not recorded)';
const NOT_ON_RECORD = 'Not on record';

type Attendee = Pick<Person, '_id' | 'roles' | 'agency'>;

/** The one role a person is counted under in the attendance figures. */
export function countedRole(person: Pick<Person, 'roles'>): Role | null {
  return ROLE_PRECEDENCE.find((role) => person.roles.includes(role)) ?? null;
}

/** A partner's agency, as recorded on them; the county's service for everyone else. */
export function agencyOf(person: Pick<Person, 'roles' | 'agency'>): string {
  if (person.agency) return person.agency;
  return person.roles.includes('partner_agency') ? AGENCY_NOT_RECORDED : COUNTY_SERVICE;
}

/** The register in counts; `people` are the records of those who came (someone no longer on record counts as such). */
export function summariseAttendance(
  register: Pick<AttendanceRegister, 'attendedIds' | 'absentIds' | 'unannouncedIds'>,
  people: readonly Attendee[],
): AttendanceSummary {
  const byId = new Map(people.map((person) => [person._id, person]));
  const came = register.attendedIds.map((id) => byId.get(id) ?? null);
  const roleCounts = tally(came.map((person) => roleLabel(person)));
  const byRole = [...ROLE_PRECEDENCE.map((role) => ROLE_LABELS[role]), NOT_ON_RECORD].flatMap((label) => {
    const count = roleCounts.get(label);
    return count ? [{ label, count }] : [];
  });
  const byAgency = [...tally(came.map((person) => (person ? agencyOf(person) : NOT_ON_RECORD)))]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return {
    attended: register.attendedIds.length,
    absent: register.absentIds.length,
    unannounced: register.unannouncedIds.length,
    byRole,
    byAgency,
  };
}

function roleLabel(person: Attendee | null): string {
  const role = person ? countedRole(person) : null;
  return role ? ROLE_LABELS[role] : NOT_ON_RECORD;
}

function tally(labels: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

/** "Senior manager 2, Auditor 3". */
export function countsText(counts: readonly AttendanceCount[]): string {
  return counts.map((entry) => `${entry.label} ${entry.count}`).join(', ') || 'nobody';
}
