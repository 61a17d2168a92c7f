import { CsvError, parse } from 'csv-parse/sync';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';

/** The columns a case list needs, each with the header names exports give it (compared as letters only). */
const COLUMNS = {
  caseReference: ['casereference', 'caseref', 'reference', 'ref', 'caseid', 'casenumber', 'caseno', 'id'],
  team: ['team', 'teamname', 'allocatedteam', 'owningteam', 'responsibleteam'],
  workerReference: [
    'workerreference',
    'workerref',
    'worker',
    'workerid',
    'allocatedworker',
    'allocatedworkerreference',
    'allocatedworkerid',
    'keyworker',
    'keyworkerreference',
    'staffreference',
    'staffid',
  ],
  caseType: ['casetype', 'type', 'category', 'casecategory', 'casestatus', 'legalstatus'],
  dateOpened: ['dateopened', 'opened', 'opendate', 'openeddate', 'openedon', 'startdate', 'casestartdate', 'dateopen'],
} as const;
export type CaseListColumn = keyof typeof COLUMNS;

/** How each column is named when one is missing. */
const COLUMN_NAMES: Record<CaseListColumn, string> = {
  caseReference: 'case reference',
  team: 'team',
  workerReference: 'worker reference',
  caseType: 'case type',
  dateOpened: 'date opened',
};

/**
 * How much one file may hold: the biggest district has a few thousand open cases; this leaves room while
 * keeping a whole-county export sent by mistake from being read and stored.
 */
export const CASE_FILE_LIMITS = { characters: 2_000_000, rows: 10_000 } as const;

/** One row as the file gives it: its line as a spreadsheet shows it (the header is 1) and its cells, trimmed. */
export interface CaseFileRow {
  readonly line: number;
  readonly cells: Readonly<Record<CaseListColumn, string>>;
  /** The cells of the columns not read, by their header: checked for identity data all the same. */
  readonly otherCells: readonly { readonly column: string; readonly value: string }[];
}

export interface CaseFile {
  readonly rows: readonly CaseFileRow[];
  readonly ignoredColumns: readonly string[];
}

const letters = (cell: string) => cell.toLowerCase().replace(/[^a-z]/g, '');

/** The column a header cell names, if any. */
function columnOf(cell: string): CaseListColumn | undefined {
  const name = letters(cell);
  return (Object.keys(COLUMNS) as CaseListColumn[]).find((column) =>
    (COLUMNS[column] as readonly string[]).includes(name),
  );
}

/** Whether a file's first row names a case reference column: how a case list is told from a people file. */
export function looksLikeCaseFile(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return firstLine.split(/[,;\t]/).some((cell) => {
    const name = letters(cell.replace(/"/g, ''));
    return name === 'casereference' || name === 'caseref' || name === 'caseid' || name === 'casenumber';
  });
}

/** The separator of the header row: a comma, or the semicolon or tab some exports and locales use. */
function delimiterOf(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (separator: string) => firstLine.split(separator).length;
  return [';', '\t'].find((separator) => count(separator) > count(',')) ?? ',';
}

function readRecords(text: string): Outcome<string[][]> {
  try {
    return succeed(
      parse(text, {
        bom: true,
        delimiter: delimiterOf(text),
        relax_column_count: true,
        skip_empty_lines: false,
        trim: true,
      }) as string[][],
    );
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? ` near line ${error.lines}` : '';
    return refuse('invalid_input', `The file could not be read as CSV${line}: ${error.message}`);
  }
}

/**
 * Reads a case list exported from the case management system: a header row, then one open case a row. The
 * header's names are read tolerantly ("Case Ref", "case_reference", "Allocated team"); a file without one of
 * the five columns, too big, or not CSV is refused as a whole, naming what to fix. Rows are only read here;
 * they are judged when the import is planned.
 */
export function readCaseFile(text: string): Outcome<CaseFile> {
  if (text.length > CASE_FILE_LIMITS.characters) {
    return refuse('invalid_input', 'The file is too big to import at once: send one district’s open cases.');
  }
  const records = readRecords(text);
  if (!records.ok) return records;
  const [header, ...body] = records.value;
  const wanted = Object.values(COLUMN_NAMES).join(', ');
  if (!header || header.every((cell) => cell === '')) {
    return refuse('invalid_input', `The file is empty: its first row must name the columns: ${wanted}.`);
  }
  if (body.length > CASE_FILE_LIMITS.rows) {
    return refuse(
      'invalid_input',
      `The file has ${body.length.toLocaleString('en-GB')} rows; at most ${CASE_FILE_LIMITS.rows.toLocaleString('en-GB')} are imported at once: send one district’s open cases.`,
    );
  }
  const columns = header.map(columnOf);
  const repeated = columns.find((column, index) => column && columns.indexOf(column) !== index);
  if (repeated) return refuse('invalid_input', `The file has two ‘${COLUMN_NAMES[repeated]}’ columns: keep one.`);
  const missing = (Object.keys(COLUMNS) as CaseListColumn[]).filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    const which = missing.map((column) => `‘${COLUMN_NAMES[column]}’`).join(', ');
    return refuse(
      'invalid_input',
      `The file has no ${which} column${missing.length > 1 ? 's' : ''}. Its first row must name the columns: ${wanted} (in any order).`,
    );
  }
  const at = (column: CaseListColumn) => columns.indexOf(column);
  const rows: CaseFileRow[] = [];
  body.forEach((record, index) => {
    if (record.every((cell) => cell === '')) return; // a blank row, as spreadsheets leave at the end
    const cell = (column: CaseListColumn) => record[at(column)] ?? '';
    rows.push({
      line: index + 2,
      cells: {
        caseReference: cell('caseReference'),
        team: cell('team'),
        workerReference: cell('workerReference'),
        caseType: cell('caseType'),
        dateOpened: cell('dateOpened'),
      },
      otherCells: record.flatMap((value, position) =>
        columns[position] === undefined && value !== ''
          ? [{ column: header[position] || `column ${position + 1}`, value }]
          : [],
      ),
    });
  });
  const ignoredColumns = header.filter((cell, index) => cell !== '' && columns[index] === undefined);
  return succeed({ rows, ignoredColumns });
}
