import type { District } from '../../src/domain/districts/district.js';
import type { Team } from '../../src/domain/districts/team.js';
import { aDistrict } from './fixtures.js';

/** Chesterfield's teams in the case files below: three in the district, one in its MAT locality. */
export const CHESTERFIELD_TEAMS: Team[] = [
  { _id: 'team-cp1', name: 'Chesterfield CP 1', districtId: 'chesterfield', managerId: 'person-tm1' },
  { _id: 'team-cin2', name: 'Chesterfield CIN 2', districtId: 'chesterfield', managerId: 'person-tm2' },
  { _id: 'team-cla', name: 'Chesterfield CLA', districtId: 'chesterfield', managerId: 'person-tm3', site: 'district' },
  { _id: 'team-mat', name: 'Chesterfield MAT North', districtId: 'chesterfield', managerId: 'person-tm4', site: 'mat' },
];
export const BOLSOVER_TEAMS: Team[] = [
  { _id: 'team-bol', name: 'Bolsover CP', districtId: 'bolsover', managerId: 'person-tm5' },
];
export const CASE_FILE_DISTRICTS: District[] = [
  aDistrict({ _id: 'chesterfield', name: 'Chesterfield', matLocality: 'Chesterfield MAT' }),
  aDistrict({ _id: 'bolsover', name: 'Bolsover', matLocality: 'Bolsover MAT' }),
];

const TYPES = ['CIN', 'Child Protection', 'CLA', 'care leaver'];
const HEADER = 'Case Ref,Allocated Team,Worker ID,Case type,Date opened,Notes';

/**
 * The lines of the 2,000-row export below that must be refused, each with a fragment of its reason. None of
 * their identifying text may appear in what the bot answers or stores.
 */
export const BAD_LINES = new Map<number, string>([
  [11, 'the case reference looks like a person’s name'],
  [57, 'the ‘Notes’ column looks like a date of birth'],
  [140, 'the ‘Notes’ column looks like an address'],
  [333, 'the worker reference looks like an NHS number'],
  [512, 'the team ‘Chesterfield CP 9’ is not a current team of Chesterfield'],
  [777, 'the team ‘Bolsover CP’ is not a current team of Chesterfield'],
  [901, 'CR-100100 is also on line 102'],
  [102, 'CR-100100 is also on line 901'],
  [1200, 'the case type ‘Adoption’ is not CIN, CP, CLA or care leaver'],
  [1500, 'the date opened is not a date on or before today'],
  [1999, 'the date opened is not a date on or before today'],
]);
/** Text on the bad lines that a case list must never hold or repeat. */
export const IDENTIFYING_TEXT = ['Jamie Smith', '12/03/2015', '14 Elm Grove', '943 476 5919'];

/** One good row: its team, worker and type cycle so that each team × type stratum holds 125 cases. */
function goodRow(index: number): string[] {
  const team = CHESTERFIELD_TEAMS[index % 4]!.name;
  const type = TYPES[Math.floor(index / 4) % 4]!;
  const month = String(1 + (index % 9)).padStart(2, '0');
  const opened = index % 2 === 0 ? `2024-${month}-15` : `15/${month}/2023`;
  return [`CR-${100000 + index}`, team, `W-${1000 + (index % 400)}`, type, opened, ''];
}

/** The row for a file line (the header is line 1, so data row i is line i + 2). */
function rowForLine(line: number): string[] {
  const row = goodRow(line - 2);
  switch (line) {
    case 11:
      return ['Jamie Smith', ...row.slice(1)];
    case 57:
      return [...row.slice(0, 5), 'DOB 12/03/2015'];
    case 140:
      return [...row.slice(0, 5), '"14 Elm Grove, Chesterfield"'];
    case 333:
      return [row[0]!, row[1]!, '943 476 5919', ...row.slice(3)];
    case 512:
      return [row[0]!, 'Chesterfield CP 9', ...row.slice(2)];
    case 777:
      return [row[0]!, 'Bolsover CP', ...row.slice(2)];
    case 901:
      return ['CR-100100', ...row.slice(1)];
    case 1200:
      return [...row.slice(0, 3), 'Adoption', ...row.slice(4)];
    case 1500:
      return [...row.slice(0, 4), '31/02/2024', ''];
    case 1999:
      return [...row.slice(0, 4), '2031-01-01', ''];
    default:
      return row;
  }
}

/**
 * A district's open-case export of 2,000 rows as a case system writes it (its own header names, CRLF), with
 * the bad lines above; `order` shuffles the data rows (the lines of the bad ones move with them).
 */
export function chesterfieldCaseExport(order: (rows: string[][]) => string[][] = (rows) => rows): string {
  const rows = Array.from({ length: 2000 }, (_, index) => rowForLine(index + 2));
  return [HEADER, ...order(rows).map((row) => row.join(','))].join('\r\n') + '\r\n';
}
/** Good rows in the export above: all but the 11 bad lines (both lines of the duplicate among them). */
export const GOOD_ROWS = 2000 - BAD_LINES.size;
