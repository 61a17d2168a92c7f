import { displayDate, displayDateTime } from '../../cards/display-time.js';
import { ACTION_PRIORITY_LABELS } from '../../cards/vocabulary.js';
import { ACTION_STATUS_LABELS } from '../../domain/action/status.js';
import { countsText, type AttendanceSummary } from '../../domain/attendance/attendance-summary.js';
import { AUDIT_DOMAINS, AUDIT_DOMAIN_LABELS } from '../../domain/case-finding/audit-domains.js';
import type { OfstedGrade } from '../../domain/case-finding/grades.js';
import { maskIdentityData } from '../../domain/case-finding/identity-patterns.js';
import type { Report, ReportStatus } from '../../domain/reports/report.js';
import { recordsBySite } from '../../domain/reports/records-by-site.js';
import { summariseDay, type CaseNote, type DaySummary } from '../../domain/reports/summarise-day.js';
import { isoFromCalendarDate } from '../../domain/shared/london-time.js';
import type { Stores } from '../../store/stores.js';
import { attendanceOfDay } from './attendance-of-day.js';
import { peopleNames } from './people-names.js';
import { siteSections } from './report-sites.js';
import { dayThemeLines } from './report-themes.js';

/** One row of the grades: cases per grade, for the day overall or for one audit domain. */
export interface GradeRow {
  readonly label: string;
  readonly counts: Readonly<Record<OfstedGrade, number>>;
}

/** One action of the plan as the report shows it; `status` only once the plan has gone out. */
export interface ReportActionLine {
  readonly what: string;
  readonly ownerName: string;
  readonly dueLabel: string;
  readonly priorityLabel: string;
  readonly from: string;
  readonly statusLabel?: string;
}

/**
 * Strengths and areas for improvement: the notes case by case for those who need to know the cases, only
 * their counts for everyone else (the notes are then not in the view at all, so no rendering can show them).
 */
export type CaseSections =
  | { readonly shown: true; readonly strengths: readonly CaseNote[]; readonly areasForImprovement: readonly CaseNote[] }
  | { readonly shown: false; readonly strengthCount: number; readonly areaCount: number };

/**
 * Everything a report shows, once, in the words and dates a person reads: the page and the PDF are both
 * drawn from this, so what one person may see is decided here and nowhere else.
 */
export interface ReportView {
  readonly title: string;
  readonly districtName: string;
  /** The day's date as "2026-12-03", for file names. */
  readonly dayIso: string;
  readonly status: ReportStatus;
  readonly draftedByName: string;
  readonly verification: { readonly byName: string; readonly atLabel: string } | null;
  readonly summary: string | null;
  readonly looked: {
    readonly cases: number;
    readonly observedVisits: number;
    readonly focusGroups: number;
    readonly safeguardingConcerns: number;
    readonly gradesMoved: number;
  };
  /** Overall first, then each audit domain. */
  readonly grades: readonly GradeRow[];
  readonly caseSections: CaseSections;
  readonly themes: readonly string[];
  /** The day's learning themes, "Chronology: 3 (2 case findings, 1 visit)": counts, never who or which case. */
  readonly learningThemes: readonly string[];
  readonly visitLearning: readonly string[];
  /** Who came, in counts by role and by agency; null when no register was recorded. Never names. */
  readonly attendance: AttendanceSummary | null;
  readonly actions: readonly ReportActionLine[];
  readonly returns: readonly { readonly atLabel: string; readonly comments: string }[];
  /**
   * A day audited on two sites: the District's section and the MAT's, each with its own audit team, figures,
   * notes and visits; the figures above are then the combined summary. Empty for a day on one site.
   */
  readonly sites: readonly SiteSection[];
}

/** One site's section of the report (report-sites.ts). */
export interface SiteSection {
  /** "District: Chesterfield", "MAT: Chesterfield MAT". */
  readonly heading: string;
  readonly auditTeamNames: readonly string[];
  readonly looked: { readonly cases: number; readonly observedVisits: number; readonly safeguardingConcerns: number };
  readonly grades: readonly GradeRow[];
  readonly caseSections: CaseSections;
  readonly visitLearning: readonly string[];
}

/**
 * The view of a report for one reader. Free text is written by people and may slip in identity data; the
 * report leaves the chat, so notes, themes and learning are masked. Once approved, the plan is shown as its
 * actions now stand (owner, due date and status after any change); before, as the draft actions.
 */
export async function reportView(
  stores: Stores,
  report: Report,
  version: { withCaseSections: boolean },
): Promise<ReportView | null> {
  const day = await stores.challengeDays.findById(report.challengeDayId);
  if (!day) return null;
  const [district, findings, focusGroups, visits, dayActions, vocabulary, attendance] = await Promise.all([
    stores.districts.findById(report.districtId),
    stores.caseFindings.forChallengeDay(day._id),
    stores.focusGroupFeedback.forChallengeDay(day._id),
    stores.observedVisits.forChallengeDay(day._id),
    report.actionIds.length > 0 ? stores.actions.forChallengeDay(day._id) : Promise.resolve([]),
    stores.themes.all(),
    attendanceOfDay(stores, day._id),
  ]);
  const summary = summariseDay(findings, focusGroups, visits, report.draftedById);
  const bySite = recordsBySite(day, findings, visits);
  const byId = new Map(dayActions.map((action) => [action._id, action]));
  const actions = report.actionIds.flatMap((id) => byId.get(id) ?? []);
  const names = await peopleNames(stores, [
    ...bySite.flatMap((site) => site.auditorIds),
    report.draftedById,
    report.approvedById ?? '',
    ...report.draftActions.map((draft) => draft.ownerId),
    ...actions.map((action) => action.ownerId),
  ]);
  const nameOf = (id: string) => names.get(id) ?? '';
  const districtName = district?.name ?? report.districtId;
  const mask = (texts: readonly string[]) => texts.map((text) => maskIdentityData(text));
  const plan = actions.length > 0 ? actions : report.draftActions;
  return {
    title: `Challenge Day report — ${districtName} and ${day.matLocality}, ${displayDate(day.date)}`,
    districtName,
    dayIso: isoFromCalendarDate(day.date),
    status: report.status,
    draftedByName: nameOf(report.draftedById),
    verification:
      report.approvedById && report.approvedAt
        ? { byName: nameOf(report.approvedById), atLabel: displayDateTime(report.approvedAt) }
        : null,
    summary: report.summary ? maskIdentityData(report.summary) : null,
    looked: {
      cases: summary.findingCount,
      observedVisits: summary.observedVisitCount,
      focusGroups: summary.focusGroupCount,
      safeguardingConcerns: summary.safeguardingConcernCount,
      gradesMoved: summary.gradesMoved,
    },
    grades: gradeRows(summary),
    caseSections: caseSectionsOf(summary, version.withCaseSections),
    themes: mask(summary.themes),
    learningThemes: dayThemeLines({ days: [day], findings, focusGroups, visits }, vocabulary),
    visitLearning: mask(summary.visitLearning),
    attendance,
    actions: plan.map((action) => ({
      what: action.what,
      ownerName: nameOf(action.ownerId),
      dueLabel: displayDate(action.dueDate),
      priorityLabel: ACTION_PRIORITY_LABELS[action.priority],
      from: action.source.summary,
      ...('status' in action ? { statusLabel: ACTION_STATUS_LABELS[action.status] } : {}),
    })),
    returns: report.returns.map((returned) => ({ atLabel: displayDateTime(returned.at), comments: returned.comments })),
    sites: siteSections(bySite, { districtName, matLocality: day.matLocality }, nameOf, version.withCaseSections),
  };
}

/** The grades of a summary as the report's rows: overall first, then each audit domain. */
export function gradeRows(summary: DaySummary): GradeRow[] {
  return [
    { label: 'Overall', counts: summary.overallGrades },
    ...AUDIT_DOMAINS.map((domain) => ({ label: AUDIT_DOMAIN_LABELS[domain], counts: summary.domainGrades[domain] })),
  ];
}

/** A summary's notes case by case (masked), or only their counts for a reader who need not know the cases. */
export function caseSectionsOf(summary: DaySummary, withCaseSections: boolean): CaseSections {
  const maskNotes = (notes: readonly CaseNote[]) =>
    notes.map((note) => ({ caseReference: note.caseReference, text: maskIdentityData(note.text) }));
  return withCaseSections
    ? {
        shown: true,
        strengths: maskNotes(summary.strengths),
        areasForImprovement: maskNotes(summary.areasForImprovement),
      }
    : { shown: false, strengthCount: summary.strengths.length, areaCount: summary.areasForImprovement.length };
}

/** The plan as a table, the same in the page and the PDF; the status column once the plan has gone out. */
export function actionTable(actions: readonly ReportActionLine[]): {
  readonly withStatus: boolean;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
} {
  const withStatus = actions.some((action) => action.statusLabel !== undefined);
  return {
    withStatus,
    header: ['Action', 'Owner', 'Due', 'Priority', 'From', ...(withStatus ? ['Status'] : [])],
    rows: actions.map((action) => [
      action.what,
      action.ownerName,
      action.dueLabel,
      action.priorityLabel,
      action.from,
      ...(withStatus ? [action.statusLabel ?? ''] : []),
    ]),
  };
}

/**
 * Who came, as the page and the PDF list it: counts by role and by agency. The report names people only as
 * its drafter, verifier and action owners; who came is not needed to act on it, so it is counted, not named.
 */
export function attendanceLines(attendance: AttendanceSummary | null): string[] {
  if (!attendance) return ['No register of who came was recorded for this day.'];
  return [
    `${attendance.attended} came, ${attendance.absent} did not` +
      (attendance.unannounced > 0 ? ` (${attendance.unannounced} of those who came were not expected)` : ''),
    `By role: ${countsText(attendance.byRole)}`,
    `By agency: ${countsText(attendance.byAgency)}`,
  ];
}

/** What someone who need not know the cases reads in place of the notes case by case. */
export function withheldNotesText(sections: { strengthCount: number; areaCount: number }): string {
  return `Notes case by case: ${sections.strengthCount} on strengths, ${sections.areaCount} on areas for improvement. They are shown only to the people who need to know the cases.`;
}
