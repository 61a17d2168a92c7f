import type {
  FormState,
  ReportActionFormData,
  ReportActionInput,
  ReportDraftData,
  ReportReturnLine,
  ReportVerificationData,
} from '../../cards/card-data.js';
import { displayDate, displayDateTime } from '../../cards/display-time.js';
import { CARD_LIMITS, firstOf } from '../../cards/card-limits.js';
import type { Fact } from '../../cards/card-data.js';
import { renderCard } from '../../cards/render-card.js';
import { ACTION_PRIORITY_LABELS } from '../../cards/vocabulary.js';
import { AUDIT_DOMAINS, AUDIT_DOMAIN_LABELS } from '../../domain/case-finding/audit-domains.js';
import { OFSTED_GRADES, OFSTED_GRADE_LABELS } from '../../domain/case-finding/grades.js';
import { maskIdentityData } from '../../domain/case-finding/identity-patterns.js';
import { countsText, type AttendanceSummary } from '../../domain/attendance/attendance-summary.js';
import type { Actor } from '../../domain/people/actor.js';
import { mayChangeDraftReports, mayDecideOnReport } from '../../domain/reports/permissions.js';
import { recordsBySite } from '../../domain/reports/records-by-site.js';
import type { Report } from '../../domain/reports/report.js';
import { gradeCountsText, summariseDay, type CaseNote } from '../../domain/reports/summarise-day.js';
import { isoFromCalendarDate } from '../../domain/shared/london-time.js';
import type { OutgoingCard } from '../../outbox/platform-sender.js';
import type { Stores } from '../../store/stores.js';
import { idsInValue, peoplePickerData } from '../people-pickers/picker-data.js';
import { attendanceOfDay } from './attendance-of-day.js';
import { peopleNames } from './people-names.js';
import { siteFacts, siteSections } from './report-sites.js';

const ACTIONS_SHOWN = 12;
const DRAFT_ACTIONS_PER_PAGE = CARD_LIMITS.reportDraftActionsPerPage;

const STATUS_OF_REPORT: Record<Report['status'], { title: string; label: string }> = {
  draft: { title: 'Draft report', label: 'Check and change the recommended actions, then submit it for verification.' },
  submitted: { title: 'Report submitted', label: 'It is with the senior managers for verification.' },
  approved: { title: 'Report verified', label: 'Each action has gone to its owner.' },
};

/** What the day found, counted for the report's cards: grade counts, the draft actions and who came. */
async function reportFacts(stores: Stores, report: Report) {
  const [day, district, findings, focusGroups, visits, attendance] = await Promise.all([
    stores.challengeDays.findById(report.challengeDayId),
    stores.districts.findById(report.districtId),
    stores.caseFindings.forChallengeDay(report.challengeDayId),
    stores.focusGroupFeedback.forChallengeDay(report.challengeDayId),
    stores.observedVisits.forChallengeDay(report.challengeDayId),
    attendanceOfDay(stores, report.challengeDayId),
  ]);
  const summary = summariseDay(findings, focusGroups, visits, report.draftedById);
  return { day, district, summary, attendance, bySite: day ? recordsBySite(day, findings, visits) : [] };
}

/** The verification card a senior manager approves or returns; buttons only for those who may decide. */
export async function reportVerificationCard(
  stores: Stores,
  report: Report,
  viewer: Actor | null,
): Promise<OutgoingCard | null> {
  const { day, district, summary } = await reportFacts(stores, report);
  if (!day) return null;
  const names = await peopleNames(stores, [
    report.draftedById,
    ...report.draftActions.map((draft) => draft.ownerId),
    ...report.returns.map((returned) => returned.byId),
  ]);
  const data: ReportVerificationData = {
    reportId: report._id,
    districtName: district?.name ?? report.districtId,
    matLocality: day.matLocality,
    dateLabel: displayDate(day.date),
    draftedByName: names.get(report.draftedById) ?? '',
    summary:
      report.summary ??
      `${summary.findingCount} cases audited, ${summary.observedVisitCount} observed visits; moderation moved ${summary.gradesMoved} grades.`,
    findingCount: summary.findingCount,
    safeguardingConcernCount: summary.safeguardingConcernCount,
    overallGrades: OFSTED_GRADES.filter((grade) => summary.overallGrades[grade] > 0).map((grade) => ({
      title: OFSTED_GRADE_LABELS[grade],
      value: summary.overallGrades[grade] === 1 ? '1 case' : `${summary.overallGrades[grade]} cases`,
    })),
    domainGrades: AUDIT_DOMAINS.map((domain) => ({
      title: AUDIT_DOMAIN_LABELS[domain],
      value: gradeCountsText(summary.domainGrades[domain]),
    })),
    actions: report.draftActions.slice(0, ACTIONS_SHOWN).map((draft) => ({
      what: draft.what,
      ownerName: names.get(draft.ownerId) ?? '',
      dueLabel: displayDate(draft.dueDate),
      priorityLabel: ACTION_PRIORITY_LABELS[draft.priority],
    })),
    moreActionsCount: Math.max(0, report.draftActions.length - ACTIONS_SHOWN),
    previousReturns: returnLines(report, names),
    canReview: report.status === 'submitted' && viewer !== null && mayDecideOnReport(viewer, report),
  };
  return {
    card: renderCard('report-verification', data),
    text: `Challenge Day report for ${data.districtName}, ${data.dateLabel}: please verify`,
  };
}

/** What an approved report found, in counts: never a case reference. */
function approvedFacts(report: Report, summary: Awaited<ReturnType<typeof reportFacts>>['summary']): Fact[] {
  return [
    { title: 'Cases audited', value: String(summary.findingCount) },
    { title: 'Overall grades', value: gradeCountsText(summary.overallGrades) },
    ...AUDIT_DOMAINS.map((domain) => ({
      title: AUDIT_DOMAIN_LABELS[domain],
      value: gradeCountsText(summary.domainGrades[domain]),
    })),
    { title: 'Actions', value: `${report.actionIds.length}, each sent to its owner` },
  ];
}

/** The approved report's summary, for the district's channels: counts only, case references never listed. */
export async function reportSummaryCard(stores: Stores, report: Report): Promise<OutgoingCard | null> {
  const { day, district, summary } = await reportFacts(stores, report);
  if (!day) return null;
  const names = await peopleNames(stores, [report.approvedById ?? report.draftedById]);
  const title = `Challenge Day report verified: ${district?.name ?? report.districtId}, ${displayDate(day.date)}`;
  return {
    card: renderCard('receipt', {
      title,
      submittedByName: names.get(report.approvedById ?? report.draftedById) ?? '',
      submittedAtLabel: report.approvedAt ? displayDateTime(report.approvedAt) : '',
      facts: approvedFacts(report, summary),
      nextStep: 'Owners: acknowledge your action on its card, and keep it up to date until it is done.',
    }),
    text: title,
  };
}

/**
 * Told to the QA manager who drafted the report once a senior manager verifies it: which report, who verified
 * it and when (London time), and what it found. Null unless it is approved.
 */
export async function reportApprovedCard(stores: Stores, report: Report): Promise<OutgoingCard | null> {
  if (report.status !== 'approved' || !report.approvedById || !report.approvedAt) return null;
  const { day, district, summary } = await reportFacts(stores, report);
  if (!day) return null;
  const approver = (await peopleNames(stores, [report.approvedById])).get(report.approvedById) ?? 'A senior manager';
  const title = `Your Challenge Day report was verified: ${district?.name ?? report.districtId}, ${displayDate(day.date)}`;
  const verified = `Verified by ${approver} on ${displayDateTime(report.approvedAt)}`;
  return {
    card: renderCard('answer', {
      title,
      subtitle: verified,
      facts: approvedFacts(report, summary),
      note: 'Each action has gone to its owner, and the summary to the district’s channels.',
    }),
    text: `${title}. ${verified}.`,
  };
}

/**
 * The report as its QA manager drafts it: what the day found, strengths and areas for improvement case by
 * case, themes, and the recommended actions, each with a "Change" button while it is a draft, a page at a
 * time. Free text is shown with anything that looks like identity data hidden.
 */
export async function reportDraftCard(
  stores: Stores,
  report: Report,
  viewer: Actor,
  page = 1,
): Promise<OutgoingCard | null> {
  const { day, district, summary, attendance, bySite } = await reportFacts(stores, report);
  if (!day) return null;
  const pages = Math.max(1, Math.ceil(report.draftActions.length / DRAFT_ACTIONS_PER_PAGE));
  const shownPage = Math.min(Math.max(1, page), pages);
  const first = (shownPage - 1) * DRAFT_ACTIONS_PER_PAGE;
  const shown = report.draftActions.slice(first, first + DRAFT_ACTIONS_PER_PAGE);
  const names = await peopleNames(stores, [
    ...shown.map((draft) => draft.ownerId),
    ...report.returns.map((returned) => returned.byId),
    ...bySite.flatMap((site) => site.auditorIds),
  ]);
  const sites = siteFacts(
    siteSections(
      bySite,
      { districtName: district?.name ?? report.districtId, matLocality: day.matLocality },
      (id) => names.get(id) ?? '',
      false,
    ),
  );
  let hidden = false;
  const masked = (text: string) => {
    const shownText = maskIdentityData(text);
    if (shownText !== text) hidden = true;
    return shownText;
  };
  const caseFacts = (notes: readonly CaseNote[]) =>
    shortList(notes.map((note) => ({ title: note.caseReference, value: masked(note.text) })));
  const status = STATUS_OF_REPORT[report.status];
  const inPlan = report.draftActions.length;
  const data: ReportDraftData = {
    reportId: report._id,
    title: status.title,
    statusLabel: status.label,
    districtName: district?.name ?? report.districtId,
    matLocality: day.matLocality,
    dateLabel: displayDate(day.date),
    counts: [
      { title: 'Cases audited', value: String(summary.findingCount) },
      { title: 'Immediate safeguarding concerns', value: String(summary.safeguardingConcernCount) },
      { title: 'Focus groups', value: String(summary.focusGroupCount) },
      { title: 'Observed visits', value: String(summary.observedVisitCount) },
      { title: 'Grades moved by moderation', value: String(summary.gradesMoved) },
      ...attendanceFacts(attendance),
      ...sites.counts,
    ],
    grades: [
      { title: 'Overall', value: gradeCountsText(summary.overallGrades) },
      ...AUDIT_DOMAINS.map((domain) => ({
        title: AUDIT_DOMAIN_LABELS[domain],
        value: gradeCountsText(summary.domainGrades[domain]),
      })),
      ...sites.grades,
    ],
    strengths: caseFacts(summary.strengths),
    areasForImprovement: caseFacts(summary.areasForImprovement),
    themes: shortList([
      ...summary.themes.map((theme) => ({ title: 'Focus group', value: masked(theme) })),
      ...summary.visitLearning.map((learning) => ({ title: 'Observed visit', value: masked(learning) })),
    ]),
    hiddenNote: '',
    actionsLabel:
      `${inPlan} in the plan` +
      (report.leftOutKeys.length > 0 ? `, ${report.leftOutKeys.length} left out` : '') +
      (pages > 1 ? `; showing ${first + 1}–${first + shown.length}` : ''),
    actions: shown.map((draft) => ({
      key: draft.key,
      what: draft.what,
      ownerName: names.get(draft.ownerId) ?? '',
      dueLabel: displayDate(draft.dueDate),
      priorityLabel: ACTION_PRIORITY_LABELS[draft.priority],
      sourceSummary: draft.source.summary,
    })),
    previousPage: shownPage > 1 ? String(shownPage - 1) : '',
    nextPage: shownPage < pages ? String(shownPage + 1) : '',
    previousReturns: returnLines(report, names),
    canEdit: report.status === 'draft' && mayChangeDraftReports(viewer).ok,
  };
  const withNote: ReportDraftData = hidden
    ? {
        ...data,
        hiddenNote:
          'Text that looked like a name, date of birth, NHS number or address is shown as [hidden]; the full finding is in its detail view.',
      }
    : data;
  return {
    card: renderCard('report-draft', withNote),
    text: `${status.title} for ${withNote.districtName}, ${withNote.dateLabel}`,
  };
}

/**
 * The form to change one recommended action of a draft report, filled in with it as it stands; the
 * possible owners are the people of the report's district.
 */
export async function reportActionForm(
  stores: Stores,
  report: Report,
  actionKey: string,
  state: FormState<ReportActionInput> = {},
): Promise<OutgoingCard | null> {
  const draft = report.draftActions.find((candidate) => candidate.key === actionKey);
  const day = await stores.challengeDays.findById(report.challengeDayId);
  if (!draft || !day) return null;
  const values = state.values ?? {
    what: draft.what,
    ownerId: draft.ownerId,
    dueDate: isoFromCalendarDate(draft.dueDate),
    priority: draft.priority,
    leaveOut: 'false',
  };
  const [district, owners] = await Promise.all([
    stores.districts.findById(report.districtId),
    peoplePickerData(
      stores,
      { kind: 'report_owners', reportId: report._id },
      { districtId: report.districtId },
      idsInValue(values.ownerId),
      CARD_LIMITS.reportActionOwnerChoices,
    ),
  ]);
  const data: ReportActionFormData = {
    reportId: report._id,
    actionKey,
    districtName: district?.name ?? report.districtId,
    dateLabel: displayDate(day.date),
    sourceSummary: draft.source.summary,
    owners,
    values,
    ...(state.errors ? { errors: state.errors } : {}),
  };
  return { card: renderCard('report-action-form', data), text: `Change a recommended action: ${draft.what}` };
}

/** Who came, for the draft card: the same counts the page and the PDF list. */
function attendanceFacts(attendance: AttendanceSummary | null): Fact[] {
  if (!attendance) return [{ title: 'Who came', value: 'No register recorded' }];
  return [
    { title: 'Who came', value: `${attendance.attended} came, ${attendance.absent} did not` },
    { title: 'By role', value: countsText(attendance.byRole) },
    { title: 'By agency', value: countsText(attendance.byAgency) },
  ];
}

/** A few notes, each cut to a readable length, ending in "and N more" pointing to the full report. */
function shortList(facts: readonly Fact[]): Fact[] {
  const { shown, moreCount } = firstOf(facts, CARD_LIMITS.reportDraftNotes);
  const cut = (text: string) =>
    text.length > CARD_LIMITS.reportDraftNoteLength ? `${text.slice(0, CARD_LIMITS.reportDraftNoteLength - 1)}…` : text;
  return [
    ...shown.map((fact) => ({ title: fact.title, value: cut(fact.value) })),
    ...(moreCount > 0 ? [{ title: '…', value: `and ${moreCount} more in the full report` }] : []),
  ];
}

function returnLines(report: Report, names: ReadonlyMap<string, string>): ReportReturnLine[] {
  return report.returns.map((returned) => ({
    byName: names.get(returned.byId) ?? '',
    atLabel: displayDateTime(returned.at),
    comments: returned.comments,
  }));
}
