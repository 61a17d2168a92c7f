import { isoFromCalendarDate } from '../domain/shared/london-time.js';
import { ACTION_EXPORT_COLUMNS, type ActionExportRow } from '../domain/action-export/export-rows.js';

/** Lets Excel read the file as UTF-8, so names and dashes are not garbled. */
const BYTE_ORDER_MARK = '\uFEFF';

/** What a spreadsheet would take as the start of a formula (or of a DDE call), were the cell opened as text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: text that a spreadsheet would run as a formula is neutralised with a leading apostrophe,
 * which it then shows as text; a field with a comma, quote or line break is quoted, quotes doubled (RFC 4180).
 */
export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function cellText(value: ActionExportRow[keyof ActionExportRow]): string {
  if (value === null) return '';
  if (value instanceof Date) return isoFromCalendarDate(value);
  return String(value);
}

/**
 * The action plan as CSV for a spreadsheet: a header row, then one line per action, lines ended by CRLF,
 * UTF-8 with a byte order mark. Dates are written YYYY-MM-DD, which every spreadsheet reads as a date.
 */
export function actionPlanCsv(rows: readonly ActionExportRow[]): string {
  const lines = [
    ACTION_EXPORT_COLUMNS.map((column) => csvField(column.header)),
    ...rows.map((row) => ACTION_EXPORT_COLUMNS.map((column) => csvField(cellText(row[column.key])))),
  ];
  return `${BYTE_ORDER_MARK}${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}
