import { checkCaseReference } from '../case-finding/case-reference.js';
import { findIdentityData, type IdentityDataKind } from '../case-finding/identity-patterns.js';
import type { District } from '../districts/district.js';
import type { Team } from '../districts/team.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { WORKER_REFERENCE_SHAPE, type ListedCase, type RefusedCaseLine } from './case-list.js';
import { readDateOpened } from './case-date-opened.js';
import { readCaseType } from './case-type.js';
import type { CaseFile, CaseFileRow } from './read-case-file.js';

/** What importing a case file would do: the district's new list, and every line left out with its reasons. */
export interface CaseListPlan {
  readonly districtId: string;
  readonly districtName: string;
  readonly rowCount: number;
  readonly cases: readonly ListedCase[];
  readonly refused: readonly RefusedCaseLine[];
  readonly ignoredColumns: readonly string[];
}

export interface CaseListContext {
  readonly districts: readonly District[];
  /** Every team of the county; only a district's current (not retired) teams hold its cases. */
  readonly teams: readonly Team[];
  /** The district named by whoever imports; without it, the district whose teams the file names. */
  readonly districtId?: string;
  /** Today in London, "YYYY-MM-DD": no case was opened after it. */
  readonly today: string;
}

const IDENTITY_PHRASES: Record<IdentityDataKind, string> = {
  name: 'a person’s name',
  date_of_birth: 'a date of birth',
  nhs_number: 'an NHS number',
  postcode: 'a postcode',
  address: 'an address',
};
const TYPES_WANTED = 'CIN, CP, CLA or care leaver';
/** A cell is repeated in a refusal only when it is short and looks like none of a child's details. */
const SHOWN_CELL_MAX = 40;

const teamKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
const identityReason = (column: string, kind: IdentityDataKind) =>
  `the ${column} looks like ${IDENTITY_PHRASES[kind]}: a case list holds references only, so nothing from this line is imported`;
const shown = (cell: string) =>
  cell.length <= SHOWN_CELL_MAX && !findIdentityData(cell) ? `‘${cell}’` : 'the one given';

/**
 * The dry run of a case list: each row checked on its own (references only; a current team of the district;
 * a known case type; a date opened), then references given twice refused on every line they are on. Writes
 * nothing. Refused as a whole only when the district cannot be told.
 */
export function planCaseList(file: CaseFile, context: CaseListContext): Outcome<CaseListPlan> {
  const district = districtOf(file, context);
  if (!district.ok) return district;
  const teams = new Map(
    context.teams
      .filter((team) => team.districtId === district.value._id && !team.retiredAt)
      .map((team) => [teamKey(team.name), team]),
  );
  const checked = file.rows.map((row) => checkRow(row, district.value, teams, context.today));
  const linesOf = new Map<string, number[]>();
  for (const row of checked)
    if (row.reference) linesOf.set(row.reference, [...(linesOf.get(row.reference) ?? []), row.line]);

  const cases: ListedCase[] = [];
  const refused: RefusedCaseLine[] = [];
  for (const row of checked) {
    const others = row.reference ? (linesOf.get(row.reference) ?? []).filter((line) => line !== row.line) : [];
    const reasons = [
      ...row.reasons,
      ...(others.length > 0
        ? [`${row.reference} is also on line${others.length > 1 ? 's' : ''} ${others.join(', ')}: give each case once`]
        : []),
    ];
    if (reasons.length > 0 || !row.listed) refused.push({ line: row.line, reasons: reasons.slice(0, 10) });
    else cases.push(row.listed);
  }
  return succeed({
    districtId: district.value._id,
    districtName: district.value.name,
    rowCount: file.rows.length,
    cases,
    refused,
    ignoredColumns: file.ignoredColumns,
  });
}

interface CheckedRow {
  readonly line: number;
  /** The case reference when it is a valid one: duplicates are found by it. */
  readonly reference?: string;
  readonly reasons: readonly string[];
  readonly listed?: ListedCase;
}

function checkRow(row: CaseFileRow, district: District, teams: ReadonlyMap<string, Team>, today: string): CheckedRow {
  const { cells, line } = row;
  const reasons: string[] = [];
  // Identity data first: a row holding any is refused whatever else it holds, and none of it is repeated.
  const identities = [
    ...[['case reference', cells.caseReference] as const, ['worker reference', cells.workerReference] as const].map(
      ([column, value]) => ({ column, value }),
    ),
    ...(teams.has(teamKey(cells.team)) ? [] : [{ column: 'team', value: cells.team }]),
    ...(readCaseType(cells.caseType) ? [] : [{ column: 'case type', value: cells.caseType }]),
    ...row.otherCells.map(({ column, value }) => ({ column: `‘${column}’ column`, value })),
  ].flatMap(({ column, value }) => {
    const kind = findIdentityData(value);
    return kind ? [identityReason(column, kind)] : [];
  });
  if (identities.length > 0) return { line, reasons: identities };

  const reference = checkCaseReference(cells.caseReference);
  if (!reference.ok) reasons.push(cells.caseReference === '' ? 'the case reference is missing' : reference.message);
  const team = teams.get(teamKey(cells.team));
  if (!team)
    reasons.push(
      cells.team === ''
        ? 'the team is missing'
        : `the team ${shown(cells.team)} is not a current team of ${district.name}`,
    );
  const worker = cells.workerReference.toUpperCase();
  if (worker !== '' && !WORKER_REFERENCE_SHAPE.test(worker))
    reasons.push('the worker reference is not a reference (letters, digits and - or /, e.g. W-2291)');
  const caseType = readCaseType(cells.caseType);
  if (!caseType)
    reasons.push(
      cells.caseType === ''
        ? `the case type is missing (${TYPES_WANTED})`
        : `the case type ${shown(cells.caseType)} is not ${TYPES_WANTED}`,
    );
  const dateOpened = readDateOpened(cells.dateOpened, today);
  if (!dateOpened)
    reasons.push(
      cells.dateOpened === ''
        ? 'the date opened is missing'
        : 'the date opened is not a date on or before today (write it as 2024-03-05 or 05/03/2024)',
    );
  const valid = reference.ok ? reference.reference : undefined;
  if (!valid || !team || !caseType || !dateOpened || reasons.length > 0)
    return { line, ...(valid ? { reference: valid } : {}), reasons };
  return {
    line,
    reference: valid,
    reasons,
    listed: {
      caseReference: valid,
      teamId: team._id,
      teamName: team.name,
      ...(worker ? { workerReference: worker } : {}),
      caseType,
      dateOpened,
    },
  };
}

/** The district named, or the one whose current teams most rows name (refused when none, or a tie). */
function districtOf(file: CaseFile, context: CaseListContext): Outcome<District> {
  const active = context.districts.filter((district) => !district.retiredAt);
  if (context.districtId) {
    const named = active.find((district) => district._id === context.districtId);
    return named ? succeed(named) : refuse('not_found', 'That district was not found among the county’s districts.');
  }
  const rowsNaming = active.map((district) => {
    const names = new Set(
      context.teams
        .filter((team) => team.districtId === district._id && !team.retiredAt)
        .map((team) => teamKey(team.name)),
    );
    return { district, rows: file.rows.filter((row) => names.has(teamKey(row.cells.team))).length };
  });
  const [best, next] = rowsNaming.sort((a, b) => b.rows - a.rows);
  if (!best || best.rows === 0) {
    return refuse(
      'invalid_input',
      'None of the teams in the file is a current team of a district: check the team column against the district’s teams (“teams in Chesterfield”).',
    );
  }
  if (next && next.rows === best.rows) {
    return refuse(
      'invalid_input',
      `The file’s teams belong as much to ${best.district.name} as to ${next.district.name}: send one district’s open cases at a time.`,
    );
  }
  return succeed(best.district);
}
