import type { ReportVerificationData } from '../../cards/card-data.js';
import { displayDate, displayDateTime } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import { ACTION_PRIORITY_LABELS } from '../../cards/vocabulary.js';
import { AUDIT_DOMAINS, AUDIT_DOMAIN_LABELS } from '../../domain/case-finding/audit-domains.js';
import { OFSTED_GRADES, OFSTED_GRADE_LABELS } from '../../domain/case-finding/grades.js';
import type { Actor } from '../../domain/people/actor.js';
import { hasRole } from '../../domain/people/actor.js';
import type { Report } from '../../domain/reports/report.js';
import { gradeCountsText, summariseDay } from '../../domain/reports/summarise-day.js';
import type { OutgoingCard } from '../../outbox/platform-sender.js';
import type { Stores } from '../../store/stores.js';
import { peopleNames } from './people-names.js';

const ACTIONS_SHOWN = 12;

/** What the day found, counted for the report's cards: grade counts and the draft actions. */
async function reportFacts(stores: Stores, report: Report) {
  const [day, district, findings, focusGroups, visits] = await Promise.all([
    stores.challengeDays.findById(report.challengeDayId),
    stores.districts.findById(report.districtId),
    stores.caseFindings.forChallengeDay(report.challengeDayId),
    stores.focusGroupFeedback.forChallengeDay(report.challengeDayId),
    stores.observedVisits.forChallengeDay(report.challengeDayId),
  ]);
  const summary = summariseDay(findings, focusGroups, visits, report.draftedById);
  return { day, district, summary };
}

/** The verification card a senior manager approves or returns; buttons only for those who may decide. */
export async function reportVerificationCard(
  stores: Stores,
  report: Report,
  viewer: Actor | null,
  downloadUrl = '',
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
    previousReturns: report.returns.map((returned) => ({
      byName: names.get(returned.byId) ?? '',
      atLabel: displayDateTime(returned.at),
      comments: returned.comments,
    })),
    downloadUrl,
    canReview:
      report.status === 'submitted' &&
      viewer !== null &&
      hasRole(viewer, 'senior_manager') &&
      viewer.id !== report.draftedById,
  };
  return {
    card: renderCard('report-verification', data),
    text: `Challenge Day report for ${data.districtName}, ${data.dateLabel}: please verify`,
  };
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
      facts: [
        { title: 'Cases audited', value: String(summary.findingCount) },
        { title: 'Overall grades', value: gradeCountsText(summary.overallGrades) },
        ...AUDIT_DOMAINS.map((domain) => ({
          title: AUDIT_DOMAIN_LABELS[domain],
          value: gradeCountsText(summary.domainGrades[domain]),
        })),
        { title: 'Actions', value: `${report.actionIds.length}, each sent to its owner` },
      ],
      nextStep: 'Owners: acknowledge your action on its card, and keep it up to date until it is done.',
    }),
    text: title,
  };
}
