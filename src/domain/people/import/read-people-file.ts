import { CsvError, parse } from 'csv-parse/sync';
import { refuse, succeed, type Outcome } from '../../shared/domain-error.js';

/** The columns a people file must have, in its header row, in any order. */
export const PEOPLE_FILE_COLUMNS = ['name', 'email', 'roles', 'districts', 'team', 'line_manager_email'] as const;
/** A column a file may have: a partner agency's name (police, health). Without it, records keep theirs. */
export const OPTIONAL_PEOPLE_FILE_COLUMNS = ['agency'] as const;

type Column = (typeof PEOPLE_FILE_COLUMNS)[number] | (typeof OPTIONAL_PEOPLE_FILE_COLUMNS)[number];

/**
 * How much one file may hold: a county has about a thousand staff, so these leave room for the biggest
 * while keeping a file sent by mistake (a whole HR export) from being read into memory and planned.
 */
export const PEOPLE_FILE_LIMITS = { characters: 2_000_000, rows: 5_000 } as const;

/** One person's row as the file gives it: cells trimmed, the several values of roles and districts split. */
export interface PeopleFileRow {
  /** Its row number as a spreadsheet shows it: the header is row 1. */
  readonly line: number;
  readonly name: string;
  readonly email: string;
  readonly roles: readonly string[];
  readonly districts: readonly string[];
  readonly team: string;
  readonly lineManagerEmail: string;
  /** Only when the file has an agency column. */
  readonly agency?: string;
}

export interface PeopleFile {
  readonly rows: readonly PeopleFileRow[];
  /** Header cells that are none of the columns above: read past, and shown, so a misspelling is noticed. */
  readonly ignoredColumns: readonly string[];
  readonly hasAgencyColumn: boolean;
}

const KNOWN_COLUMNS: readonly string[] = [...PEOPLE_FILE_COLUMNS, ...OPTIONAL_PEOPLE_FILE_COLUMNS];
const COLUMN_LIST = PEOPLE_FILE_COLUMNS.join(', ');

/** A header cell as a column name: `Line manager email` and `line-manager-email` are `line_manager_email`. */
function columnName(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The several values of a cell, separated by `;`, each trimmed, blanks dropped. */
function values(cell: string): string[] {
  return cell
    .split(';')
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

function readRecords(text: string): Outcome<string[][]> {
  try {
    return succeed(
      parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][],
    );
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? ` near line ${error.lines}` : '';
    return refuse('invalid_input', `The file could not be read as CSV${line}: ${error.message}`);
  }
}

/**
 * Reads a people file: a header row naming the columns, then one person a row. A UTF-8 byte order mark, CRLF
 * line ends, quoted cells holding commas and spaces around cells are all read as a spreadsheet would write
 * them. A file that cannot be read, is too big, or lacks a column is refused as a whole, saying what to
 * fix; rows are only read here, and judged when the import is planned.
 */
export function readPeopleFile(text: string): Outcome<PeopleFile> {
  if (text.length > PEOPLE_FILE_LIMITS.characters) {
    return refuse(
      'invalid_input',
      `The file is too big to import at once (more than ${PEOPLE_FILE_LIMITS.characters.toLocaleString('en-GB')} characters): split it into smaller files.`,
    );
  }
  const records = readRecords(text);
  if (!records.ok) return records;
  const [header, ...body] = records.value;
  if (!header || header.every((cell) => cell.trim() === '')) {
    return refuse('invalid_input', `The file is empty: its first row must name the columns: ${COLUMN_LIST}.`);
  }
  if (body.length > PEOPLE_FILE_LIMITS.rows) {
    return refuse(
      'invalid_input',
      `The file has ${body.length.toLocaleString('en-GB')} rows; at most ${PEOPLE_FILE_LIMITS.rows.toLocaleString('en-GB')} are imported at once: split it into smaller files.`,
    );
  }

  const names = header.map(columnName);
  const repeated = names.find((name, index) => name !== '' && names.indexOf(name) !== index);
  if (repeated) return refuse('invalid_input', `The file has two ‘${repeated}’ columns: keep one.`);
  const missing = PEOPLE_FILE_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    const which = missing.map((column) => `‘${column}’`).join(', ');
    return refuse(
      'invalid_input',
      `The file has no ${which} column${missing.length > 1 ? 's' : ''}. Its first row must name the columns: ${COLUMN_LIST} (in any order).`,
    );
  }
  const at = (column: Column) => names.indexOf(column);
  const hasAgencyColumn = names.includes('agency');

  const rows: PeopleFileRow[] = [];
  body.forEach((record, index) => {
    if (record.every((cell) => cell.trim() === '')) return; // a blank row, as spreadsheets leave at the end
    const cell = (column: Column) => (record[at(column)] ?? '').trim();
    rows.push({
      line: index + 2,
      name: cell('name'),
      email: cell('email'),
      roles: values(cell('roles')),
      districts: values(cell('districts')),
      team: cell('team'),
      lineManagerEmail: cell('line_manager_email'),
      ...(hasAgencyColumn ? { agency: cell('agency') } : {}),
    });
  });
  const ignoredColumns = header.filter(
    (cell, index) => cell.trim() !== '' && !KNOWN_COLUMNS.includes(names[index] ?? ''),
  );
  return succeed({ rows, ignoredColumns, hasAgencyColumn });
}
