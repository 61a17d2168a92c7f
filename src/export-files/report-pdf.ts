import { OFSTED_GRADES, OFSTED_GRADE_LABELS } from '../domain/case-finding/grades.js';
import type { CaseNote } from '../domain/reports/summarise-day.js';
import {
  actionTable,
  attendanceLines,
  withheldNotesText,
  type CaseSections,
  type ReportView,
} from '../interactions/present/report-view.js';
import { drawGradeChart, gradeChartHeight } from './grade-chart-pdf.js';
import { winAnsiText } from './win-ansi-text.js';

const TEAL = '#006978';
const HEADER_FILL = '#eef4f5';
const GREY = '#555555';
const INK = '#1b1b1b';

type Cell = string | { text: string; font?: { src: string } };

/** Table rows laid out between two turns of the event loop, so a long plan never holds up the bot's answers. */
const ROWS_PER_TURN = 20;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The report as a PDF, with the same content as the page and drawn from the same view: headings, the grades
 * as a table and a chart, strengths and areas for improvement (or only their counts, for those who need not
 * know the cases), themes, what visits showed, the actions with owners and due dates, and who verified it
 * and when. The standard Helvetica fonts are used, which every PDF viewer has, so the file carries no font
 * and the server needs none installed; text is mapped to what they draw (see winAnsiText).
 */
export async function reportPdf(view: ReportView, madeAt: Date): Promise<Buffer> {
  // Loaded on the first PDF, not at start, to keep an idle bot small.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    lang: 'en-GB',
    displayTitle: true,
    // Pages are kept until the end, so each can be numbered "of" the whole.
    bufferPages: true,
    info: {
      Title: winAnsiText(view.title),
      Author: 'Challenge Day bot',
      Subject: `Challenge Day report, ${winAnsiText(view.districtName)}`,
      CreationDate: madeAt,
      ModDate: madeAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  await drawReport(doc, view);
  numberPages(doc, view);
  doc.end();
  return finished;
}

/** "Page 2 of 5 · Challenge Day report — High Peak …" at the foot of every page, for a printed board paper. */
function numberPages(doc: PDFKit.PDFDocument, view: ReportView): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const { left, right, bottom } = doc.page.margins;
    // Written inside the bottom margin, which would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(GREY)
      .text(winAnsiText(`Page ${index - start + 1} of ${count} · ${view.title}`), left, doc.page.height - bottom + 18, {
        width: doc.page.width - left - right,
        align: 'center',
        lineBreak: false,
        ellipsis: true,
      });
    doc.page.margins.bottom = bottom;
  }
}

/** "challenge-day-report-high-peak-2026-10-15.pdf": what, where and when, in a name any system accepts. */
export function reportPdfFileName(view: Pick<ReportView, 'districtName' | 'dayIso'>): string {
  const district = view.districtName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `challenge-day-report-${district || 'district'}-${view.dayIso}.pdf`;
}

async function drawReport(doc: PDFKit.PDFDocument, view: ReportView): Promise<void> {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  /** Starts a new page when less than `room` is left, so a heading never sits alone at a page's foot. */
  const keep = (room: number) => {
    if (doc.y + room > bottom()) doc.addPage();
  };
  const paragraph = (text: string, colour = INK) =>
    doc.font('Helvetica').fontSize(10).fillColor(colour).text(winAnsiText(text), { width }).moveDown(0.5);
  const heading = (text: string, size = 13) => {
    keep(70);
    doc
      .moveDown(0.6)
      .font('Helvetica-Bold')
      .fontSize(size)
      .fillColor(TEAL)
      .text(winAnsiText(text), { width })
      .moveDown(0.3);
  };
  /** A heading inside a site's section. */
  const subheading = (text: string) => heading(text, 11);
  const list = (texts: readonly string[]) => {
    doc.font('Helvetica').fontSize(10).fillColor(INK);
    if (texts.length === 0) paragraph('None recorded');
    else doc.list(texts.map(winAnsiText), { width, bulletRadius: 1.5, textIndent: 10 }).moveDown(0.5);
  };
  const table = async (
    columns: readonly (number | '*')[],
    header: readonly string[],
    rows: readonly (readonly Cell[])[],
  ) => {
    keep(60);
    doc.font('Helvetica').fontSize(9).fillColor(INK);
    const drawn = doc.table({
      columnStyles: [...columns],
      defaultStyle: { border: 0.5, borderColor: '#cccccc', padding: 4 },
      rowStyles: (index) => (index === 0 ? { backgroundColor: HEADER_FILL } : undefined),
    });
    drawn.row(header.map((text) => ({ text: winAnsiText(text), font: { src: 'Helvetica-Bold' } })));
    for (const [index, cells] of rows.entries()) {
      drawn.row(cells.map((cell) => (typeof cell === 'string' ? winAnsiText(cell) : cell)));
      if (index % ROWS_PER_TURN === ROWS_PER_TURN - 1) await nextTurn();
    }
    drawn.end();
    doc.x = doc.page.margins.left;
    doc.moveDown(0.5);
  };
  const caseNotes = async (notes: readonly CaseNote[]) => {
    if (notes.length === 0) paragraph('None recorded');
    else
      await table(
        [90, '*'],
        ['Case', 'Note'],
        notes.map((note) => [note.caseReference, note.text]),
      );
  };

  doc.font('Helvetica-Bold').fontSize(17).fillColor(TEAL).text(winAnsiText(view.title), { width }).moveDown(0.3);
  paragraph(
    `Status: ${view.status}. Drafted by ${view.draftedByName}${
      view.verification ? `; verified by ${view.verification.byName} on ${view.verification.atLabel}` : ''
    }.`,
    GREY,
  );
  if (view.summary) {
    heading('Summary');
    paragraph(view.summary);
  }
  if (view.sites.length > 0) heading('Combined summary: district and MAT', 15);
  heading('What was looked at');
  const { looked } = view;
  list([
    `${looked.cases} cases audited`,
    `${looked.observedVisits} observed visits`,
    `${looked.focusGroups} focus groups`,
    `${looked.safeguardingConcerns} immediate safeguarding concerns`,
    `Moderation moved ${looked.gradesMoved} grades`,
  ]);

  heading('Who came');
  list(attendanceLines(view.attendance));

  const grades = async (rows: ReportView['grades']) => {
    await table(
      ['*', 70, 70, 100, 70],
      ['', ...OFSTED_GRADES.map((grade) => OFSTED_GRADE_LABELS[grade])],
      rows.map((row) => [
        { text: winAnsiText(row.label), font: { src: 'Helvetica-Bold' } },
        ...OFSTED_GRADES.map((grade) => String(row.counts[grade])),
      ]),
    );
    keep(gradeChartHeight(rows) + 20);
    doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text('Cases by grade', { width }).moveDown(0.4);
    drawGradeChart(doc, rows, width);
  };
  const notes = async (sections: CaseSections, title: (text: string) => void) => {
    if (sections.shown) {
      title('Strengths');
      await caseNotes(sections.strengths);
      title('Areas for improvement');
      await caseNotes(sections.areasForImprovement);
    } else {
      title('Strengths and areas for improvement');
      paragraph(withheldNotesText(sections));
    }
  };
  const twoSites = view.sites.length > 0;

  heading('Grades');
  await grades(view.grades);
  // With two sites, the notes and visits are each site's, in its own section below.
  if (!twoSites) await notes(view.caseSections, heading);
  heading('Themes from the focus groups');
  list(view.themes);
  heading('Learning themes');
  list(view.learningThemes);
  if (!twoSites) {
    heading('What observed visits showed');
    list(view.visitLearning);
  }
  for (const site of view.sites) {
    heading(site.heading, 15);
    paragraph(`Audit team: ${site.auditTeamNames.join(', ') || 'nobody named'}`);
    list([
      `${site.looked.cases} cases audited`,
      `${site.looked.observedVisits} observed visits`,
      `${site.looked.safeguardingConcerns} immediate safeguarding concerns`,
    ]);
    subheading('Grades');
    await grades(site.grades);
    await notes(site.caseSections, subheading);
    subheading('What observed visits showed');
    list(site.visitLearning);
  }

  heading('Actions');
  const actions = actionTable(view.actions);
  if (view.actions.length === 0) paragraph('None recorded');
  else
    await table(actions.withStatus ? ['*', 72, 64, 46, 80, 78] : ['*', 90, 80, 55, 90], actions.header, actions.rows);

  heading('Verification');
  paragraph(
    view.verification
      ? `Verified by ${view.verification.byName} on ${view.verification.atLabel}.`
      : `Not verified yet: the report is ${view.status === 'draft' ? 'a draft' : 'with the senior managers for verification'}.`,
  );
  if (view.returns.length > 0) {
    heading('Returned for changes');
    list(view.returns.map((returned) => `${returned.atLabel}: ${returned.comments}`));
  }
}
