import { displayDate, displayDateTime } from '../../cards/display-time.js';
import { ACTION_PRIORITY_LABELS } from '../../cards/vocabulary.js';
import { AUDIT_DOMAINS, AUDIT_DOMAIN_LABELS } from '../../domain/case-finding/audit-domains.js';
import { OFSTED_GRADES, OFSTED_GRADE_LABELS } from '../../domain/case-finding/grades.js';
import type { Report } from '../../domain/reports/report.js';
import { summariseDay, type CaseNote } from '../../domain/reports/summarise-day.js';
import { maskIdentityData } from '../../domain/case-finding/identity-patterns.js';
import type { Stores } from '../../store/stores.js';
import { peopleNames } from './people-names.js';
import { dayThemeLines } from './report-themes.js';

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
 * print or file. Everything shown is escaped. Cases appear by reference only.
 */
export async function reportHtml(
  stores: Stores,
  report: Report,
  version: { withCaseSections: boolean },
): Promise<string | null> {
  const day = await stores.challengeDays.findById(report.challengeDayId);
  if (!day) return null;
  const [district, findings, focusGroups, visits, themes] = await Promise.all([
    stores.districts.findById(report.districtId),
    stores.caseFindings.forChallengeDay(day._id),
    stores.focusGroupFeedback.forChallengeDay(day._id),
    stores.observedVisits.forChallengeDay(day._id),
    stores.themes.all(),
  ]);
  const summary = summariseDay(findings, focusGroups, visits, report.draftedById);
  const names = await peopleNames(stores, [
    report.draftedById,
    report.approvedById ?? '',
    ...report.draftActions.map((draft) => draft.ownerId),
  ]);
  const title = `Challenge Day report — ${district?.name ?? report.districtId} and ${day.matLocality}, ${displayDate(day.date)}`;
  const row = (cells: readonly string[]) => `<tr>${cells.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`;
  const head = (cells: readonly string[]) => `<tr>${cells.map((cell) => `<th>${escape(cell)}</th>`).join('')}</tr>`;
  // Free text is written by people and may slip in identity data; the page leaves the chat, so it is masked.
  const list = (texts: readonly string[]) =>
    `<ul>${texts.map((text) => `<li>${escape(maskIdentityData(text))}</li>`).join('') || '<li>None recorded</li>'}</ul>`;
  const caseNotesTable = (notes: readonly CaseNote[]) =>
    notes.length === 0
      ? '<p>None recorded</p>'
      : `<table>${head(['Case', 'Note'])}${notes.map((note) => row([note.caseReference, maskIdentityData(note.text)])).join('')}</table>`;
  const gradeHead = head(['', ...OFSTED_GRADES.map((grade) => OFSTED_GRADE_LABELS[grade])]);
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>${REPORT_PAGE_STYLE}</style></head>
<body><h1>${escape(title)}</h1>
<p class="meta">Status: ${escape(report.status)}. Drafted by ${escape(names.get(report.draftedById) ?? '')}${
    report.approvedById && report.approvedAt
      ? `; verified by ${escape(names.get(report.approvedById) ?? '')} on ${escape(displayDateTime(report.approvedAt))}`
      : ''
  }.</p>
<h2>What was looked at</h2>
<ul><li>${summary.findingCount} cases audited</li><li>${summary.observedVisitCount} observed visits</li><li>${focusGroups.length} focus groups</li>
<li>${summary.safeguardingConcernCount} immediate safeguarding concerns</li><li>Moderation moved ${summary.gradesMoved} grades</li></ul>
<h2>Grades</h2><table>${gradeHead}${row(['Overall', ...OFSTED_GRADES.map((grade) => String(summary.overallGrades[grade]))])}${AUDIT_DOMAINS.map(
    (domain) =>
      row([AUDIT_DOMAIN_LABELS[domain], ...OFSTED_GRADES.map((grade) => String(summary.domainGrades[domain][grade]))]),
  ).join('')}</table>
${
  version.withCaseSections
    ? `<h2>Strengths</h2>${caseNotesTable(summary.strengths)}
<h2>Areas for improvement</h2>${caseNotesTable(summary.areasForImprovement)}`
    : `<h2>Strengths and areas for improvement</h2><p>Notes case by case: ${summary.strengths.length} on strengths, ${summary.areasForImprovement.length} on areas for improvement. They are shown only to the people who need to know the cases.</p>`
}
<h2>Themes from the focus groups</h2>${list(summary.themes)}
<h2>Learning themes</h2>${list(dayThemeLines({ days: [day], findings, focusGroups, visits }, themes))}
<h2>What observed visits showed</h2>${list(summary.visitLearning)}
<h2>Actions</h2><table>${head(['Action', 'Owner', 'Due', 'Priority', 'From'])}${report.draftActions
    .map((draft) =>
      row([
        draft.what,
        names.get(draft.ownerId) ?? '',
        displayDate(draft.dueDate),
        ACTION_PRIORITY_LABELS[draft.priority],
        draft.source.summary,
      ]),
    )
    .join('')}</table>
${report.returns.length > 0 ? `<h2>Returned for changes</h2><ul>${report.returns.map((returned) => `<li>${escape(displayDateTime(returned.at))}: ${escape(returned.comments)}</li>`).join('')}</ul>` : ''}
</body></html>
`;
}
