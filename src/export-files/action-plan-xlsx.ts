import { PassThrough } from 'node:stream';
import {
  ACTION_EXPORT_COLUMNS,
  type ActionExportRow,
  type ExportCellKind,
} from '../domain/action-export/export-rows.js';

const NUMBER_FORMATS: Record<ExportCellKind, string | undefined> = {
  text: undefined,
  date: 'dd/mm/yyyy',
  number: '0',
};

/** Rows written between two turns of the event loop, so a large export never holds up the bot's other answers. */
const ROWS_PER_TURN = 250;

/**
 * The action plan as an Excel workbook: one sheet, a bold header row frozen in place with a filter on every
 * column, dates as date cells (shown day/month/year) and days overdue as a number, so the plan can be sorted,
 * filtered and counted as it is. Text is always written as text: nothing in it can become a formula. The
 * streaming writer compresses as it goes, and the rows are written a few hundred at a time.
 */
export async function actionPlanXlsx(rows: readonly ActionExportRow[], madeAt: Date): Promise<Buffer> {
  // Loaded on the first export, not at start: the library is large and most instances rarely export.
  const { default: ExcelJS } = await import('exceljs');
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Challenge Day bot';
  workbook.created = madeAt;
  const sheet = workbook.addWorksheet('Action plan', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = ACTION_EXPORT_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ACTION_EXPORT_COLUMNS.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for (const [index, row] of rows.entries()) {
    if (index % ROWS_PER_TURN === ROWS_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
    const added = sheet.addRow(ACTION_EXPORT_COLUMNS.map((column) => row[column.key]));
    ACTION_EXPORT_COLUMNS.forEach((column, at) => {
      const format = NUMBER_FORMATS[column.kind];
      if (format) added.getCell(at + 1).numFmt = format;
    });
    added.commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
