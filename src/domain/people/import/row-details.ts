import type { District } from '../../districts/district.js';
import { personDetailsSchema, type PersonDetails } from '../person-details.js';
import type { Person } from '../person.js';
import { ROLES } from '../roles.js';
import type { PeopleFileRow } from './read-people-file.js';
import { ROLE_NAMES_FOR_PEOPLE, roleNamed } from './county-names.js';

/** The column of the file each field of the details comes from, for saying which cell is wrong. */
const COLUMN_OF: Record<string, string> = {
  displayName: 'name',
  email: 'email',
  roles: 'roles',
  districtIds: 'districts',
  teamName: 'team',
  agency: 'agency',
};

/** The record's own order when it holds the same values, so an import does not reorder what it leaves alone. */
function inRecordOrder<T>(values: T[], onRecord: readonly T[] | undefined): T[] {
  const same = onRecord && onRecord.length === values.length && values.every((value) => onRecord.includes(value));
  return same ? [...onRecord] : values;
}

export interface RowContext {
  readonly findDistrict: (text: string) => District | undefined;
  /** The record the row's email matches, if any: a retired district it holds already may stay. */
  readonly existing: Person | null;
  /** The line manager's id, found by the planner from the file or the register. */
  readonly managerId?: string;
}

/**
 * A row as the details of a person's record, or every reason it cannot be: a missing name, a bad email, an
 * unknown role or district. A retired district is unknown for a new person; someone already in it keeps it.
 * With no agency column, a record's agency stays as it is.
 */
export function detailsOfRow(
  row: PeopleFileRow,
  context: RowContext,
): { details: PersonDetails; reasons: [] } | { details?: undefined; reasons: string[] } {
  const reasons: string[] = [];
  if (row.name === '') reasons.push('the name is missing');
  if (row.email === '') reasons.push('the email is missing');

  const roles = row.roles.map((text) => ({ text, role: roleNamed(text) }));
  for (const { text } of roles.filter(({ role }) => role === undefined)) {
    reasons.push(`unknown role “${text}” (roles are ${ROLE_NAMES_FOR_PEOPLE})`);
  }
  if (row.roles.length === 0) reasons.push(`no role is given (roles are ${ROLE_NAMES_FOR_PEOPLE})`);

  const districtIds: string[] = [];
  for (const text of row.districts) {
    const district = context.findDistrict(text);
    if (!district) reasons.push(`unknown district “${text}”`);
    else if (district.retiredAt && !context.existing?.districtIds.includes(district._id)) {
      reasons.push(`${district.name} is a retired district`);
    } else if (!districtIds.includes(district._id)) districtIds.push(district._id);
  }

  const roleList = ROLES.filter((role) => roles.some((named) => named.role === role));
  const agency = row.agency === undefined ? context.existing?.agency : row.agency;
  const candidate = {
    displayName: row.name,
    email: row.email,
    roles: inRecordOrder(roleList, context.existing?.roles),
    districtIds: inRecordOrder(districtIds, context.existing?.districtIds),
    ...(row.team ? { teamName: row.team } : {}),
    ...(agency ? { agency } : {}),
    ...(context.managerId ? { managerId: context.managerId } : {}),
  };
  const parsed = personDetailsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      // Missing names and roles are said above, in words a person fixing the file would use.
      if ((field === 'displayName' && row.name === '') || (field === 'email' && row.email === '')) continue;
      if (field === 'roles' && reasons.some((reason) => reason.includes('role'))) continue;
      if (field === 'email') reasons.push(`“${row.email}” is not an email address`);
      else reasons.push(`${COLUMN_OF[field] ?? field}: ${issue.message}`);
    }
  }
  if (reasons.length > 0 || !parsed.success) return { reasons };
  return { details: parsed.data, reasons: [] };
}
