import type { Fact } from '../../cards/card-data.js';
import { displayDate, displayDateTime } from '../../cards/display-time.js';
import { CARD_LIMITS, firstOf } from '../../cards/card-limits.js';
import { renderCard } from '../../cards/render-card.js';
import type { Action } from '../../domain/action/action.js';
import { ACTION_STATUS_LABELS } from '../../domain/action/status.js';
import { AUDIT_DOMAINS, AUDIT_DOMAIN_LABELS } from '../../domain/case-finding/audit-domains.js';
import type { CaseFinding } from '../../domain/case-finding/case-finding.js';
import { OFSTED_GRADE_LABELS } from '../../domain/case-finding/grades.js';
import { maskIdentityData } from '../../domain/case-finding/identity-patterns.js';
import type { CaseHandback } from '../../domain/case-handback/case-handback.js';
import type { OutgoingCard } from '../../outbox/platform-sender.js';
import type { Stores } from '../../store/stores.js';
import { peopleNames } from './people-names.js';

/**
 * An audited case's findings as the manager they were sent to reads them — the same for each person it went
 * to, as all of them need to know the case (domain/case-handback/who-receives-case.ts), and rendered again for
 * every copy once someone acknowledges it. Notes in the auditor's words with identity data masked, as on
 * every card; in full behind "Open the finding", which checks the reader and is audited. Null once it is gone.
 */
export async function caseHandbackCard(stores: Stores, handbackId: string): Promise<OutgoingCard | null> {
  const handback = await stores.caseHandbacks.findById(handbackId);
  if (!handback) return null;
  const [findings, actions, report, day, district] = await Promise.all([
    Promise.all(handback.findingIds.map((id) => stores.caseFindings.findById(id))),
    Promise.all(handback.actionIds.map((id) => stores.actions.findById(id))),
    stores.reports.findById(handback.reportId),
    stores.challengeDays.findById(handback.challengeDayId),
    stores.districts.findById(handback.districtId),
  ]);
  const found = findings.flatMap((finding) => (finding ? [finding] : []));
  const newest = found.at(-1);
  if (!newest) return null;
  const raised = actions.flatMap((action) => (action ? [action] : []));
  const shownFindings = firstOf([...found].reverse(), CARD_LIMITS.caseHandbackFindings);
  const shownActions = firstOf(raised, CARD_LIMITS.caseHandbackActions);
  const names = await peopleNames(stores, [
    ...found.map((finding) => finding.auditorId),
    ...raised.map((action) => action.ownerId),
    ...(report?.approvedById ? [report.approvedById] : []),
    ...(handback.acknowledged ? [handback.acknowledged.byId] : []),
  ]);
  const nameOf = (id: string) => names.get(id) ?? 'someone no longer registered';
  const districtName = district?.name ?? handback.districtId;
  const verified =
    report?.approvedById && report.approvedAt
      ? `; report verified by ${nameOf(report.approvedById)} on ${displayDateTime(report.approvedAt)}`
      : '';
  return {
    card: renderCard('case-handback', {
      caseHandbackId: handback._id,
      caseReference: handback.caseReference,
      districtName,
      dayLine: `Audited on the Challenge Day in ${districtName}${day ? ` on ${displayDate(day.date)}` : ''}${verified}`,
      teamName: handback.teamName ?? '',
      standInNote: standInNote(handback, districtName),
      findings: shownFindings.shown.map((finding) => ({
        heading: `Finding by ${nameOf(finding.auditorId)}`,
        grades: gradesOf(finding),
        notes: notesOf(finding),
      })),
      actions: shownActions.shown.map((action) => ({ line: actionLine(action, nameOf) })),
      moreLine: moreLine(shownFindings.moreCount, shownActions.moreCount, districtName),
      acknowledgedLine: handback.acknowledged
        ? `Acknowledged by ${nameOf(handback.acknowledged.byId)} on ${displayDateTime(handback.acknowledged.at)}`
        : '',
      caseFindingId: newest._id,
    }),
    text:
      `Challenge Day findings for case ${handback.caseReference} in ${districtName}` +
      (handback.acknowledged ? ' (acknowledged)' : ''),
  };
}

/** The overall and domain grades, a moderated grade shown with what the auditor gave. */
function gradesOf(finding: CaseFinding): Fact[] {
  const moderated = finding.moderation;
  const graded = (given: CaseFinding['overallGrade'], settled: CaseFinding['overallGrade'] | undefined) =>
    settled && settled !== given
      ? `${OFSTED_GRADE_LABELS[settled]} (moderated; the auditor gave ${OFSTED_GRADE_LABELS[given]})`
      : OFSTED_GRADE_LABELS[given];
  return [
    { title: 'Overall grade', value: graded(finding.overallGrade, moderated?.overallGrade) },
    ...AUDIT_DOMAINS.map((domain) => ({
      title: AUDIT_DOMAIN_LABELS[domain],
      value: graded(finding.domains[domain].grade, moderated?.domainGrades[domain]),
    })),
  ];
}

function notesOf(finding: CaseFinding): { title: string; text: string }[] {
  const recommendations = finding.recommendations
    .map((recommendation) => `${maskIdentityData(recommendation.text)} (due ${displayDate(recommendation.dueDate)})`)
    .join('; ');
  return [
    { title: 'Strengths', text: finding.strengths && maskIdentityData(finding.strengths) },
    {
      title: 'Areas for improvement',
      text: finding.areasForImprovement && maskIdentityData(finding.areasForImprovement),
    },
    { title: 'Recommendations', text: recommendations },
  ].flatMap(({ title, text }) => (text ? [{ title, text: shortNote(text) }] : []));
}

/** A note cut at a word short of the card's limit: the whole of it is behind "Open the finding". */
function shortNote(text: string): string {
  if (text.length <= CARD_LIMITS.caseHandbackNoteLength) return text;
  const cut = text.slice(0, CARD_LIMITS.caseHandbackNoteLength - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}

/** What the card leaves out, and where it is. */
function moreLine(findings: number, actions: number, districtName: string): string {
  return [
    ...(findings > 0
      ? [`${findings} more finding${findings === 1 ? '' : 's'} of this case that day are in the report.`]
      : []),
    ...(actions > 0
      ? [
          `${actions} more action${actions === 1 ? '' : 's'}: ask “actions from the last Challenge Day in ${districtName}”.`,
        ]
      : []),
  ].join(' ');
}

function actionLine(action: Action, nameOf: (id: string) => string): string {
  const reference = action.reference ? `${action.reference} ` : '';
  return `${reference}${maskIdentityData(action.what)} — ${nameOf(action.ownerId)} · due ${displayDate(action.dueDate)} · ${ACTION_STATUS_LABELS[action.status]}`;
}

const STAND_IN_WHY: Record<NonNullable<CaseHandback['standIn']>['reason'], (team: string) => string> = {
  no_team: (team) => `the case list names the team “${team}”, which is not a current team of the district`,
  manager_unknown: (team) => `${team} has no manager on record`,
  manager_left: (team) => `${team}’s manager has left`,
};

/** Why it came to a district's manager rather than the team's, said on the card: never handed on silently. */
function standInNote(handback: CaseHandback, districtName: string): string {
  if (!handback.standIn) return '';
  const as =
    handback.standIn.role === 'district_manager'
      ? `a district manager of ${districtName}`
      : `a senior manager of ${districtName}, which has no district manager`;
  const why = handback.teamName
    ? STAND_IN_WHY[handback.standIn.reason](handback.teamName)
    : 'the case sample naming its team is no longer held';
  return `Sent to you as ${as}, instead of the manager of the team holding the case: ${why}.`;
}
