import ExcelJS from 'exceljs';
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

/**
 * The action plan as an Excel workbook: one sheet, a bold header row frozen in place with a filter on every
 * column, dates as date cells (shown day/month/year) and days overdue as a number, so the plan can be sorted,
 * filtered and counted as it is. Text is always written as text: nothing in it can become a formula.
 */
export async function actionPlanXlsx(rows: readonly ActionExportRow[], madeAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Challenge Day bot';
  workbook.created = madeAt;
  const sheet = workbook.addWorksheet('Action plan', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = ACTION_EXPORT_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(ACTION_EXPORT_COLUMNS.map((column) => row[column.key]));
    ACTION_EXPORT_COLUMNS.forEach((column, index) => {
      const format = NUMBER_FORMATS[column.kind];
      if (format) added.getCell(index + 1).numFmt = format;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ACTION_EXPORT_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
