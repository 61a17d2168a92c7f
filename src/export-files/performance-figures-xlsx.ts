import { AUDIT_DOMAIN_LABELS, AUDIT_DOMAINS } from '../domain/case-finding/audit-domains.js';
import { OFSTED_GRADE_LABELS, OFSTED_GRADES } from '../domain/case-finding/grades.js';
import { periodLabel } from '../domain/performance/figures-period.js';
import type { PerformanceFigures } from '../domain/performance/performance-figures.js';
import { monthLabel } from '../domain/scheduling/periods.js';
import { calendarDateFromIso } from '../domain/shared/london-time.js';
import { THEME_TREND_LABELS } from '../domain/themes/theme-trend-labels.js';

const ACTION_HEADERS = [
  'Raised',
  'Fell due',
  'Completed on time',
  'Acknowledgement due',
  'Acknowledged within 2 working days',
];

/**
 * The figures as an Excel workbook, one sheet per section (months, grades, Challenge Days, learning themes,
 * districts): counts as number cells, months and days as date cells, a bold frozen header with a filter on each
 * sheet, so the board's own tables and charts can be made from it. Rates are left to the reader: every count they need is there.
 */
export async function performanceFiguresXlsx(figures: PerformanceFigures, title: string): Promise<Buffer> {
  // Loaded on the first export, not at start: the library is large and most instances rarely export.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Challenge Day bot';
  workbook.created = figures.asAt;
  workbook.title = `${title}, ${periodLabel(figures.period)}`;
  const sheet = (name: string, headers: readonly string[], rows: readonly (readonly (string | number | Date)[])[]) => {
    const added = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    added.columns = headers.map((header, at) => ({ header, width: at === 0 ? 30 : Math.max(12, header.length + 2) }));
    added.getRow(1).font = { bold: true };
    added.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
    for (const row of rows) added.addRow([...row]);
    return added;
  };
  const months = sheet(
    'Actions by month',
    ['Month', ...ACTION_HEADERS],
    figures.months.map((month) => [
      calendarDateFromIso(`${month.month}-01`),
      month.raised,
      month.due,
      month.completedOnTime,
      month.acknowledgeMeasured,
      month.acknowledgedInTime,
    ]),
  );
  months.getColumn(1).numFmt = 'mmm yyyy';
  const total = months.addRow([
    'Total',
    figures.totals.raised,
    figures.totals.due,
    figures.totals.completedOnTime,
    figures.totals.acknowledgeMeasured,
    figures.totals.acknowledgedInTime,
  ]);
  total.font = { bold: true };
  months.addRow(['Overdue now', figures.overdueNow]);
  sheet(
    'Grades',
    ['Audit domain', ...OFSTED_GRADES.map((grade) => OFSTED_GRADE_LABELS[grade])],
    [
      ...figures.grades.domains.map((domain) => [
        AUDIT_DOMAIN_LABELS[domain.domain],
        ...OFSTED_GRADES.map((grade) => domain.counts[grade]),
      ]),
      ['Overall', ...OFSTED_GRADES.map((grade) => figures.grades.overall[grade])],
    ],
  );
  const names = new Map(figures.districts.map((district) => [district._id, district.name]));
  const days = sheet(
    'Challenge Days',
    [
      'Date',
      'District',
      'Cases graded',
      ...AUDIT_DOMAINS.map((d) => `${AUDIT_DOMAIN_LABELS[d]}: good or better`),
      'Overall: good or better',
    ],
    figures.days.map((day) => [
      day.date,
      names.get(day.districtId) ?? day.districtId,
      day.cases,
      ...AUDIT_DOMAINS.map((domain) => day.goodOrBetter[domain]),
      day.goodOrBetter.overall,
    ]),
  );
  days.getColumn(1).numFmt = 'dd/mm/yyyy';
  const monthsSoFar = new Set(figures.months.map((month) => month.month));
  sheet(
    'Learning themes',
    [
      'Theme',
      'Records',
      'Case findings',
      'Focus groups',
      'Visit notes',
      'Challenge Days',
      'Trend across Challenge Days',
      ...figures.months.map((month) => monthLabel(month.month)),
    ],
    figures.themes.map((theme) => [
      theme.name,
      theme.count,
      theme.bySource.case_finding,
      theme.bySource.focus_group,
      theme.bySource.observed_visit,
      theme.days,
      THEME_TREND_LABELS[theme.trend],
      ...theme.byMonth.filter((month) => monthsSoFar.has(month.month)).map((month) => month.count),
    ]),
  );
  if (figures.byDistrict.length > 0) {
    sheet(
      'Districts',
      ['District', ...ACTION_HEADERS, 'Overdue now', 'Cases graded', 'Good or better overall'],
      figures.byDistrict.map((district) => [
        district.name,
        district.actions.raised,
        district.actions.due,
        district.actions.completedOnTime,
        district.actions.acknowledgeMeasured,
        district.actions.acknowledgedInTime,
        district.overdueNow,
        district.cases,
        district.goodOrBetter,
      ]),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
