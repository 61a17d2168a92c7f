import { OFSTED_GRADES, OFSTED_GRADE_LABELS, type OfstedGrade } from '../domain/case-finding/grades.js';
import type { GradeRow } from '../interactions/present/report-view.js';
import { winAnsiText } from './win-ansi-text.js';

/** Best to worst, green to red, each dark enough to carry white figures and told apart in greyscale too. */
const GRADE_COLOURS: Record<OfstedGrade, string> = {
  outstanding: '#1b6b3a',
  good: '#4f9a5b',
  requires_improvement: '#c47a12',
  inadequate: '#b3261e',
};

const LABEL_WIDTH = 180;
const BAR_HEIGHT = 16;
const ROW_GAP = 6;
const LEGEND_HEIGHT = 18;

/** How tall the chart of these rows is drawn, so the caller can keep it on one page. */
export function gradeChartHeight(rows: readonly GradeRow[]): number {
  return rows.length * (BAR_HEIGHT + ROW_GAP) + LEGEND_HEIGHT + 4;
}

/**
 * Cases per grade as one horizontal bar per row (overall, then each domain), split by grade, all bars on
 * the same scale so a domain with fewer graded cases reads shorter. Drawn as vector shapes with the count in
 * each part wide enough to hold it, and a legend beneath; the table beside it carries every figure in words.
 */
export function drawGradeChart(doc: PDFKit.PDFDocument, rows: readonly GradeRow[], width: number): void {
  const left = doc.page.margins.left;
  const top = doc.y;
  const barWidth = width - LABEL_WIDTH;
  const most = Math.max(1, ...rows.map((row) => OFSTED_GRADES.reduce((sum, grade) => sum + row.counts[grade], 0)));
  rows.forEach((row, index) => {
    const y = top + index * (BAR_HEIGHT + ROW_GAP);
    doc.fillColor('#1b1b1b').font('Helvetica').fontSize(9);
    doc.text(fitted(doc, winAnsiText(row.label), LABEL_WIDTH - 8), left, y + 4, { lineBreak: false });
    let x = left + LABEL_WIDTH;
    for (const grade of OFSTED_GRADES) {
      const count = row.counts[grade];
      if (count === 0) continue;
      const segment = (count / most) * barWidth;
      doc.rect(x, y, segment, BAR_HEIGHT).fill(GRADE_COLOURS[grade]);
      if (segment >= 14) {
        doc
          .fillColor('#ffffff')
          .fontSize(8)
          .text(String(count), x, y + 4.5, { width: segment, align: 'center', lineBreak: false });
      }
      x += segment;
    }
    doc
      .moveTo(left + LABEL_WIDTH, y)
      .lineTo(left + LABEL_WIDTH, y + BAR_HEIGHT)
      .strokeColor('#888888')
      .stroke();
  });
  drawLegend(doc, left + LABEL_WIDTH, top + rows.length * (BAR_HEIGHT + ROW_GAP) + 2);
  doc.x = left;
  doc.y = top + gradeChartHeight(rows);
}

/** The label on one line: cut short with an ellipsis when it is wider than the room beside the bars. */
function fitted(doc: PDFKit.PDFDocument, label: string, room: number): string {
  if (doc.widthOfString(label) <= room) return label;
  let cut = label;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > room) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function drawLegend(doc: PDFKit.PDFDocument, left: number, y: number): void {
  let x = left;
  doc.fontSize(8);
  for (const grade of OFSTED_GRADES) {
    const label = OFSTED_GRADE_LABELS[grade];
    doc.rect(x, y + 1, 8, 8).fill(GRADE_COLOURS[grade]);
    doc.fillColor('#1b1b1b').text(label, x + 11, y + 1.5, { lineBreak: false });
    x += 11 + doc.widthOfString(label) + 12;
  }
}
