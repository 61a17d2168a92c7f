import { OFSTED_GRADES, OFSTED_GRADE_LABELS } from '../../domain/case-finding/grades.js';
import type { CaseNote } from '../../domain/reports/summarise-day.js';
import {
  actionTable,
  attendanceLines,
  withheldNotesText,
  type CaseSections,
  type ReportView,
  type SiteSection,
} from './report-view.js';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character,
  );

/**
 * The page's only style, inline; its hash is the one style the page's Content-Security-Policy allows.
 */
export const REPORT_PAGE_STYLE = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}
th{background:#eef4f5}h1{color:#006978}.meta{color:#555}`;

/**
 * The whole report as one self-contained HTML page (no scripts, no outside styles or images), to download,
 * print or file, with a link to the same report as a PDF (`pdfHref`, relative to the page). Everything shown
 * is escaped. Cases appear by reference only.
 */
export function reportHtml(view: ReportView, pdfHref: string): string {
  const row = (cells: readonly string[]) => `<tr>${cells.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`;
  const head = (cells: readonly string[]) => `<tr>${cells.map((cell) => `<th>${escape(cell)}</th>`).join('')}</tr>`;
  const list = (texts: readonly string[]) =>
    `<ul>${texts.map((text) => `<li>${escape(text)}</li>`).join('') || '<li>None recorded</li>'}</ul>`;
  const caseNotesTable = (notes: readonly CaseNote[]) =>
    notes.length === 0
      ? '<p>None recorded</p>'
      : `<table>${head(['Case', 'Note'])}${notes.map((note) => row([note.caseReference, note.text])).join('')}</table>`;
  const actions = actionTable(view.actions);
  const { looked, caseSections } = view;
  const gradeTable = (grades: ReportView['grades']) =>
    `<table>${head(['', ...OFSTED_GRADES.map((grade) => OFSTED_GRADE_LABELS[grade])])}${grades
      .map((line) => row([line.label, ...OFSTED_GRADES.map((grade) => String(line.counts[grade]))]))
      .join('')}</table>`;
  const notes = (sections: CaseSections, level: 'h2' | 'h3') =>
    sections.shown
      ? `<${level}>Strengths</${level}>${caseNotesTable(sections.strengths)}
<${level}>Areas for improvement</${level}>${caseNotesTable(sections.areasForImprovement)}`
      : `<${level}>Strengths and areas for improvement</${level}><p>${escape(withheldNotesText(sections))}</p>`;
  const twoSites = view.sites.length > 0;
  const siteSection = (site: SiteSection) => `<h2>${escape(site.heading)}</h2>
<p>Audit team: ${escape(site.auditTeamNames.join(', ') || 'nobody named')}</p>
<ul><li>${site.looked.cases} cases audited</li><li>${site.looked.observedVisits} observed visits</li><li>${site.looked.safeguardingConcerns} immediate safeguarding concerns</li></ul>
<h3>Grades</h3>${gradeTable(site.grades)}
${notes(site.caseSections, 'h3')}
<h3>What observed visits showed</h3>${list(site.visitLearning)}`;
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(view.title)}</title>
<style>${REPORT_PAGE_STYLE}</style></head>
<body><h1>${escape(view.title)}</h1>
<p class="meta">Status: ${escape(view.status)}. Drafted by ${escape(view.draftedByName)}${
    view.verification ? `; verified by ${escape(view.verification.byName)} on ${escape(view.verification.atLabel)}` : ''
  }.</p>
<p><a href="${escape(pdfHref)}">Download this report as a PDF</a></p>
${view.summary ? `<h2>Summary</h2><p>${escape(view.summary)}</p>\n` : ''}${twoSites ? '<h2>Combined summary: district and MAT</h2>\n' : ''}<h2>What was looked at</h2>
<ul><li>${looked.cases} cases audited</li><li>${looked.observedVisits} observed visits</li><li>${looked.focusGroups} focus groups</li>
<li>${looked.safeguardingConcerns} immediate safeguarding concerns</li><li>Moderation moved ${looked.gradesMoved} grades</li></ul>
<h2>Who came</h2>${list(attendanceLines(view.attendance))}
<h2>Grades</h2>${gradeTable(view.grades)}
${twoSites ? '' : notes(caseSections, 'h2')}
<h2>Themes from the focus groups</h2>${list(view.themes)}
<h2>Learning themes</h2>${list(view.learningThemes)}
${twoSites ? view.sites.map(siteSection).join('\n') : `<h2>What observed visits showed</h2>${list(view.visitLearning)}`}
<h2>Actions</h2><table>${head(actions.header)}${actions.rows.map(row).join('')}</table>
${view.returns.length > 0 ? `<h2>Returned for changes</h2><ul>${view.returns.map((returned) => `<li>${escape(returned.atLabel)}: ${escape(returned.comments)}</li>`).join('')}</ul>` : ''}
</body></html>
`;
}
