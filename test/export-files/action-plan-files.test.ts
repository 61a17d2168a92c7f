import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ActionExportRow } from '../../src/domain/action-export/export-rows.js';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { actionPlanCsv, csvField } from '../../src/export-files/action-plan-csv.js';
import { actionPlanXlsx } from '../../src/export-files/action-plan-xlsx.js';
import { readWorkbook } from '../support/read-workbook.js';

const row = (over: Partial<ActionExportRow> = {}): ActionExportRow => ({
  reference: 'action-1',
  district: 'High Peak',
  what: 'Record the child’s wishes, and "feelings"',
  source: 'Case finding',
  sourceSummary: 'CR-104233: voice of the child\nRequires improvement',
  owner: 'Olly Owner',
  dueDate: calendarDateFromIso('2026-12-08'),
  priority: 'High',
  status: 'Open',
  acknowledged: null,
  completed: null,
  verified: null,
  daysOverdue: 2,
  ...over,
});

describe('a CSV field', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+44 1629 000000', "'+44 1629 000000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('neutralises text a spreadsheet would run as a formula: %j', (text, written) => {
    expect(csvField(text)).toBe(written);
  });

  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('Plain words – with a dash')).toBe('Plain words – with a dash');
  });
});

describe('the action plan as CSV', () => {
  it('is UTF-8 with a byte order mark, CRLF lines, a header row, and reads back field for field', () => {
    const csv = actionPlanCsv([row(), row({ reference: 'action-2', what: '=1+1', daysOverdue: 0 })]);
    expect(csv.startsWith('\uFEFFReference,District,Action,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(2);
    expect(records[0]).toStrictEqual({
      Reference: 'action-1',
      District: 'High Peak',
      Action: 'Record the child’s wishes, and "feelings"',
      Source: 'Case finding',
      'Source summary': 'CR-104233: voice of the child\nRequires improvement',
      Owner: 'Olly Owner',
      'Due date': '2026-12-08',
      Priority: 'High',
      Status: 'Open',
      Acknowledged: '',
      Completed: '',
      Verified: '',
      'Days overdue': '2',
    });
    expect(records[1]?.Action).toBe("'=1+1");
  });
});

describe('the action plan as XLSX', () => {
  it('has a bold frozen header with a filter, date cells as dates, numbers as numbers, and text never as a formula', async () => {
    const file = await actionPlanXlsx(
      [row({ what: '=HYPERLINK("http://evil.example")', completed: calendarDateFromIso('2026-12-09') })],
      new Date('2026-12-10T09:00:00Z'),
    );
    const workbook = await readWorkbook(file);
    const sheet = workbook.getWorksheet('Action plan');
    if (!sheet) throw new Error('no Action plan sheet');
    expect(sheet.getRow(1).values).toContain('Days overdue');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:M1');
    const cell = (column: number) => sheet.getRow(2).getCell(column);
    expect(cell(3).type).toBe(ExcelJS.ValueType.String);
    expect(cell(3).value).toBe('=HYPERLINK("http://evil.example")');
    expect(cell(7).value).toStrictEqual(calendarDateFromIso('2026-12-08'));
    expect(cell(7).numFmt).toBe('dd/mm/yyyy');
    expect(cell(11).value).toStrictEqual(calendarDateFromIso('2026-12-09'));
    expect(cell(10).value).toBeNull();
    expect(cell(13).value).toBe(2);
    expect(sheet.getColumn(3).width).toBe(60);
  });
});
