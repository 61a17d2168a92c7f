import { actionStepButtons } from '../../../src/interactions/present/action-step-buttons.js';
import type { CardDataMap, CardName, Fact } from '../../../src/cards/card-data.js';
import { CARD_LIMITS } from '../../../src/cards/card-limits.js';
import { DEFAULT_SERVICE_PRIORITIES } from '../../../src/domain/challenge-day/service-priorities.js';
import { priorityChoices } from '../../../src/cards/vocabulary.js';
import { MEMBERS_PER_CARD } from '../../../src/domain/people/roster.js';
import { CASE_LIST_TEAMS_SHOWN } from '../../../src/interactions/present/case-list-import-card.js';
import { IMPORT_LINES_PER_SECTION } from '../../../src/interactions/present/people-import-card.js';
import { MAX_LIVE_THEMES } from '../../../src/domain/themes/edit-vocabulary.js';
import { MAX_THEMES_PER_RECORD } from '../../../src/domain/themes/chosen-themes.js';
import { REGISTER_LISTED_MAX } from '../../../src/domain/attendance/register.js';

/*
 * Every card at the most it is allowed to hold: each list at its limit (with "and N more" beyond it), each
 * text at the longest its schema accepts. The card tests prove these still parse, stay under 80 KB and fit
 * Slack.
 */

const text = (length: number, word = 'word ') => word.repeat(Math.ceil(length / word.length)).slice(0, length);
const many = <Item>(count: number, make: (index: number) => Item): Item[] =>
  Array.from({ length: count }, (_, index) => make(index));
/** A chart's series, each with a legend of 40 characters and the same count over every label. */
const chartSeries = (count: number, labels: readonly string[], y: number) =>
  many(count, (index) => ({ legend: `${text(40)} ${index}`, values: labels.map((x) => ({ x, y })) }));
const day = {
  challengeDayId: `day-${'x'.repeat(120)}`,
  districtName: text(80),
  matLocality: text(80),
  dateLabel: 'Wed 30 Sep 2026',
};
const people = (count: number) =>
  many(count, (index) => ({ title: `${text(60)} ${index}`, value: `person-${index}-${'p'.repeat(100)}` }));
/** The most learning themes a form offers, each with the longest name, the most of them chosen. */
const learningThemes = many(MAX_LIVE_THEMES, (index) => ({
  title: text(60),
  value: `theme-${index}-${'t'.repeat(100)}`,
}));
const chosenThemes = learningThemes
  .slice(0, MAX_THEMES_PER_RECORD)
  .map((theme) => theme.value)
  .join(',');
/** A people picker listing `count` people, its search naming a record by the longest id there is. */
const picker = (count: number, dataset: string) => ({
  dataset: `people.${dataset}.${'x'.repeat(128)}`,
  choices: people(count),
});
const facts = (count: number, length: number): Fact[] =>
  many(count, (index) => ({ title: `${text(60)} ${index}`, value: text(length) }));
const caseFindingValues: Record<string, string> = {
  caseReference: 'CR-1234567890123456789012',
  overallGrade: 'inadequate',
  strengths: text(4000),
  areasForImprovement: text(4000),
  safeguardingConcern: 'true',
  safeguardingReason: text(2000),
};
for (const domain of [
  'voice_of_child',
  'management_oversight',
  'assessment_and_plan',
  'risk_and_safety',
  'timeliness',
]) {
  caseFindingValues[`${domain}_grade`] = 'good';
  caseFindingValues[`${domain}_comment`] = text(2000);
}
for (const slot of [1, 2, 3]) {
  caseFindingValues[`recommendation${slot}Text`] = text(1000);
  caseFindingValues[`recommendation${slot}DueDate`] = '2027-01-15';
}
const allErrors = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, text(300)]));

const actionRowsOf = (count: number) =>
  many(count, (index) => ({
    actionId: `action-${index}`,
    // The most steps the lifecycle offers one person at once (allowed-steps.test.ts checks it is five): a QA
    // manager who owns an action on which someone else asked for a new date.
    buttons: actionStepButtons(`action-${index}`, {
      acknowledge: true,
      addProgress: true,
      requestDateChange: false,
      complete: false,
      approveDateChange: true,
      declineDateChange: true,
      verify: false,
      reopen: false,
      reassign: true,
    }),
    reference: `A-99999999${index}`,
    what: text(1000),
    ownerName: text(80),
    districtName: text(80),
    dueLabel: 'Fri 18 Dec 2026',
    statusLabel: 'Completed, awaiting verification',
    overdueLabel: '365 days overdue',
  }));

export const LARGEST_CARD_DATA: { [Name in CardName]: CardDataMap[Name] } = {
  help: { exampleDistrict: text(80) },
  'plan-challenge-day-form': {
    challengeDayId: 'day-0123456789abcdef0123456789abcdef',
    districts: people(30),
    priorities: priorityChoices(DEFAULT_SERVICE_PRIORITIES.map((priority) => `${priority} ${text(100)}`)),
    auditors: picker(CARD_LIMITS.planAuditorChoices, 'auditors'),
    matAuditors: picker(CARD_LIMITS.planAuditorChoices, 'auditors'),
    attendees: picker(CARD_LIMITS.planAttendeeChoices, 'attendees'),
    values: {
      districtSite: text(200),
      matSite: text(200),
      intelligenceNotes: text(4000),
      focusAreas: '1,2,3,4,5,6,7,8,9,10',
    },
    errors: allErrors([
      'form',
      'districtId',
      'date',
      'startTime',
      'districtSite',
      'matSite',
      'focusAreas',
      'intelligence',
      'intelligenceNotes',
      'auditTeamIds',
      'matAuditTeamIds',
      'expectedAttendeeIds',
    ]),
  },
  'challenge-day-notice': {
    ...day,
    startLabel: '09:30',
    sites: { district: text(200), mat: text(200) },
    focusAreas: many(10, () => text(200)),
    attendees: facts(CARD_LIMITS.noticeAttendees, 60),
    moreAttendeesCount: 460,
    summary: { attending: 500, focusGroup: 500, unavailable: 500, notAnswered: 500 },
    summaryUpdatedLabel: 'Tue 29 Sep 2026 at 14:05',
    cancelled: false,
    yourAnswer: { label: 'Available for a focus group', caseReference: 'CR-1234567890123456789012' },
  },
  'notice-answer': {
    ...day,
    answerLabel: 'Available for a focus group',
    sentence: `You answered “Available for a focus group” for the Challenge Day in ${text(80)} on Wed 30 Sep 2026.`,
    caseReference: 'CR-1234567890123456789012',
  },
  'notice-reply-form': {
    ...day,
    values: { kind: 'attending', caseReference: 'CR-1234567890123456789012', note: text(1000) },
    errors: allErrors(['form', 'kind', 'caseReference', 'note']),
  },
  'case-finding-form': {
    ...day,
    owners: picker(CARD_LIMITS.recommendationOwnerChoices, 'day_owners'),
    learningThemes,
    values: { ...caseFindingValues, learningThemes: chosenThemes },
    errors: allErrors(['form', ...Object.keys(caseFindingValues), 'learningThemes']),
  },
  'focus-group-form': {
    ...day,
    priorities: priorityChoices(DEFAULT_SERVICE_PRIORITIES.map((priority) => `${priority} ${text(100)}`)),
    values: {
      group: 'mat',
      attendeeCount: '200',
      working: text(4000),
      worries: text(4000),
      ideas: text(4000),
      themes: '1,2,3,4,5,6,7,8,9,10',
      learningThemes: chosenThemes,
    },
    learningThemes,
    replyTopics: facts(CARD_LIMITS.focusGroupReplyTopics, 300),
    errors: allErrors(['form', 'group', 'attendeeCount', 'working', 'worries', 'ideas', 'themes', 'learningThemes']),
  },
  'attendance-register-form': {
    ...day,
    prefillNote: text(300),
    people: people(REGISTER_LISTED_MAX),
    alsoCame: picker(CARD_LIMITS.registerAlsoCameChoices, 'day_register'),
    values: {
      attended: people(REGISTER_LISTED_MAX)
        .map((person) => person.value)
        .join(','),
      unannounced: people(CARD_LIMITS.registerAlsoCameChoices)
        .map((person) => person.value)
        .join(','),
    },
    errors: allErrors(['form', 'attended', 'unannounced']),
  },
  'day-replies': {
    ...day,
    counts: facts(5, 40),
    replies: facts(CARD_LIMITS.noticeAttendees + 1, 340),
    note: text(200),
    canKeepRegister: true,
  },
  'observed-visit-form': {
    ...day,
    values: {
      workerReference: 'SW-1234567890',
      site: 'mat',
      observed: text(4000),
      feedbackGiven: text(4000),
      learning: text(4000),
      learningThemes: chosenThemes,
    },
    learningThemes,
    errors: allErrors(['form', 'workerReference', 'site', 'observed', 'feedbackGiven', 'learning', 'learningThemes']),
  },
  action: {
    actionId: `action-${'a'.repeat(120)}`,
    reference: 'A-999999999',
    what: text(1000),
    sourceLabel: `Case finding CR-1234567890123456789012`,
    sourceSummary: text(300),
    districtName: text(80),
    ownerName: text(80),
    dueLabel: 'Wed 30 Sep 2026',
    overdueLabel: '365 days overdue',
    priorityLabel: 'High',
    statusLabel: 'Completed, awaiting verification',
    dateChangeRequest: {
      requestedLabel: 'Fri 15 Jan 2027',
      reason: text(1000),
      byName: text(80),
      atLabel: 'Mon 21 Dec 2026 at 16:40',
    },
    completionEvidence: text(2000),
    history: many(CARD_LIMITS.actionHistory, () => ({
      atLabel: 'Mon 21 Dec 2026 at 16:40',
      byName: text(80),
      text: text(2000),
    })),
    olderHistoryCount: 190,
    can: {
      acknowledge: true,
      requestDateChange: true,
      addProgress: true,
      complete: true,
      approveDateChange: true,
      declineDateChange: true,
      verify: true,
      reopen: true,
      reassign: true,
    },
    // As many as Teams fetches a view for (teams-viewer-refresh.ts), each id as long as an id may be.
    viewerIds: Array.from({ length: 60 }, (_, index) => `person-${String(index).padStart(2, '0')}${'p'.repeat(118)}`),
  },
  'action-update-form': {
    form: 'action.requestDateChange',
    actionId: `action-${'a'.repeat(120)}`,
    what: text(1000),
    ownerName: text(80),
    dueLabel: 'Wed 30 Sep 2026',
    requestedLabel: 'Fri 15 Jan 2027',
    values: { requestedDate: '2027-01-15', reason: text(1000), note: text(2000), evidence: text(2000) },
    errors: allErrors(['form', 'requestedDate', 'reason', 'note', 'evidence']),
  },
  'action-reassign-form': {
    actionId: `action-${'a'.repeat(120)}`,
    reference: 'A-999999999',
    what: text(1000),
    ownerName: text(80),
    districtName: text(80),
    dueLabel: 'Wed 30 Sep 2026',
    candidates: picker(CARD_LIMITS.reassignChoices, 'action_owners'),
    values: { newOwnerId: 'person-1', reason: text(1000) },
    errors: allErrors(['form', 'newOwnerId', 'reason']),
  },
  'report-verification': {
    reportId: `report-${'r'.repeat(120)}`,
    districtName: text(80),
    matLocality: text(80),
    dateLabel: 'Wed 30 Sep 2026',
    draftedByName: text(80),
    summary: text(8000),
    findingCount: 200,
    safeguardingConcernCount: 200,
    overallGrades: facts(4, 40),
    domainGrades: facts(5, 120),
    actions: many(CARD_LIMITS.reportActions, () => ({
      what: text(1000),
      ownerName: text(80),
      dueLabel: 'Fri 15 Jan 2027',
      priorityLabel: 'Medium',
    })),
    moreActionsCount: 170,
    previousReturns: many(CARD_LIMITS.reportReturns, () => ({
      byName: text(80),
      atLabel: 'Mon 21 Dec 2026 at 16:40',
      comments: text(4000),
    })),
    canReview: true,
    values: { comments: text(4000) },
    errors: { form: text(300), comments: text(300) },
  },
  'report-draft': {
    reportId: `report-${'r'.repeat(120)}`,
    title: 'Report submitted',
    statusLabel: text(120),
    districtName: text(80),
    matLocality: text(80),
    dateLabel: 'Wed 30 Sep 2026',
    counts: facts(5, 10),
    grades: facts(6, 120),
    strengths: facts(CARD_LIMITS.reportDraftNotes + 1, CARD_LIMITS.reportDraftNoteLength),
    areasForImprovement: facts(CARD_LIMITS.reportDraftNotes + 1, CARD_LIMITS.reportDraftNoteLength),
    themes: facts(CARD_LIMITS.reportDraftNotes + 1, CARD_LIMITS.reportDraftNoteLength),
    hiddenNote: text(200),
    actionsLabel: text(60),
    actions: many(CARD_LIMITS.reportDraftActionsPerPage, (index) => ({
      key: `finding-${'f'.repeat(120)}:${index}`,
      what: text(1000),
      ownerName: text(80),
      dueLabel: 'Fri 15 Jan 2027',
      priorityLabel: 'Medium',
      sourceSummary: 'Case finding CR-1234567890123456789012',
    })),
    previousPage: '24',
    nextPage: '26',
    previousReturns: many(CARD_LIMITS.reportReturns, () => ({
      byName: text(80),
      atLabel: 'Mon 21 Dec 2026 at 16:40',
      comments: text(4000),
    })),
    canEdit: true,
  },
  'report-action-form': {
    reportId: `report-${'r'.repeat(120)}`,
    actionKey: `finding-${'f'.repeat(120)}:2`,
    districtName: text(80),
    dateLabel: 'Wed 30 Sep 2026',
    sourceSummary: 'Case finding CR-1234567890123456789012',
    owners: picker(CARD_LIMITS.reportActionOwnerChoices, 'report_owners'),
    values: { what: text(1000), ownerId: 'person-1', dueDate: '2027-01-15', priority: 'high', leaveOut: 'false' },
    errors: allErrors(['form', 'what', 'ownerId', 'dueDate', 'priority']),
  },
  digest: {
    periodLabel: 'Week to Mon 11 Jan 2027',
    outstanding: 100_000,
    overdue: 100_000,
    districts: many(CARD_LIMITS.digestDistricts, () => ({
      name: text(80),
      outstanding: 9999,
      overdue: 9999,
      owners: facts(CARD_LIMITS.digestOwnersPerDistrict, 40),
      moreOwnersCount: 400,
      mostOverdue: many(CARD_LIMITS.digestOverduePerDistrict, () => ({
        what: text(300),
        ownerName: text(80),
        dueLabel: 'Fri 18 Dec 2026',
        overdueLabel: '365 days overdue',
      })),
      moreOverdueCount: 9000,
    })),
    moreDistrictsCount: 20,
  },
  'performance-summary': {
    monthLabel: 'September 2026',
    countyLabel: text(300),
    districts: many(CARD_LIMITS.performanceDistricts, () => ({
      name: text(80),
      onTimeLabel: '100% (100000 of 100000 due)',
      acknowledgedLabel: '100% (100000 of 100000 new actions)',
      // The oldest overdue action's whole text (up to 1,000 characters) and its owner's name.
      oldestOverdueLabel: `365 days overdue: ${text(1000)} (${text(80)})`,
      trendLabel: 'Down 100 points on September',
    })),
    moreDistrictsCount: 20,
    onTimeChart: many(CARD_LIMITS.performanceDistricts, (index) => ({ x: `${text(76)} ${index}`, y: 100 })),
    onTimeBars: many(CARD_LIMITS.performanceDistricts, (index) => ({
      title: `${text(76)} ${index}`,
      value: '██████████ 100%',
    })),
    trendChart: many(CARD_LIMITS.performanceDistricts, (index) => ({
      legend: `${text(76)} ${index}`,
      values: ['Jul', 'Aug', 'Sep'].map((month) => ({ x: month, y: 100 })),
    })),
    trendLines: many(CARD_LIMITS.performanceDistricts, (index) => ({
      title: `${text(76)} ${index}`,
      value: 'Jul 100% · Aug 100% · Sep 100%',
    })),
  },
  'query-result': {
    question: text(300),
    query: text(300),
    totalLabel: '100000 overdue actions, most overdue first',
    pageLabel: 'Showing 11–20 of 100000',
    rows: actionRowsOf(CARD_LIMITS.queryPageSize),
    previousPage: '1',
    nextPage: '3',
    viewers: {
      actionIds: Array.from({ length: 10 }, (_, index) => `action-${index}${'a'.repeat(119)}`).join(','),
      page: '999',
      total: '999999',
      personIds: Array.from({ length: 60 }, (_, index) => `person-${String(index).padStart(2, '0')}${'p'.repeat(118)}`),
    },
  },
  'app-home': {
    title: `Challenge Day: ${text(80)}`,
    updatedLabel: 'Updated Wed 30 Sep 2026 at 23:59',
    notice: text(2000),
    yourActions: actionRowsOf(CARD_LIMITS.homeActions),
    yourActionsMore: 'and 100000 more — ask `/challenge my actions`',
    showDecisions: true,
    decisions: actionRowsOf(CARD_LIMITS.homeDecisions),
    decisionsMore:
      'and 100000 more — they are on the cards you were sent; `/challenge what is waiting for my approval` lists them all',
    days: many(CARD_LIMITS.homeDays, (index) => ({
      title: 'Wed 30 Sep 2026 at 09:30',
      value: `${text(80)} and ${text(80)} — on the audit team ${index}`,
    })),
    daysMore: 'and 40 more after these',
  },
  'report-link': {
    title: text(300),
    expiresLabel: '17:05',
    versionNote: text(300),
    url: `https://challenge-day.example.gov.uk/reports/report-${'1'.repeat(128)}.html?person=${'p'.repeat(128)}&expires=1796000000&signature=${'0'.repeat(64)}`,
    pdfUrl: `https://challenge-day.example.gov.uk/reports/report-${'1'.repeat(128)}.pdf?person=${'p'.repeat(128)}&expires=1796000000&signature=${'0'.repeat(64)}`,
  },
  'action-plan-export': {
    title: text(400),
    countLabel: '20000 actions',
    expiresLabel: '17:05',
    // The filter rides in the link: three ids of 128 characters, two dates and the state, base64url.
    csvUrl: `https://challenge-day.example.gov.uk/exports/action-plan.csv?export=${'e'.repeat(800)}&person=${'p'.repeat(128)}&expires=1796000000&signature=${'0'.repeat(64)}`,
    xlsxUrl: `https://challenge-day.example.gov.uk/exports/action-plan.xlsx?export=${'e'.repeat(800)}&person=${'p'.repeat(128)}&expires=1796000000&signature=${'0'.repeat(64)}`,
  },
  receipt: {
    title: text(150),
    submittedByName: text(80),
    submittedAtLabel: 'Thu 3 Dec 2026 at 11:42',
    facts: facts(CARD_LIMITS.receiptFacts, 1000),
    nextStep: text(1000),
  },
  answer: {
    title: text(150),
    subtitle: text(200),
    facts: facts(CARD_LIMITS.receiptFacts, 1000),
    note: text(1000),
  },
  'person-form': {
    personId: `person-${'p'.repeat(120)}`,
    heading: `Change ${text(120)}`,
    subheading: text(200),
    roles: many(6, (index) => ({ title: `${text(40)} ${index}`, value: 'district_manager' })),
    districts: many(40, (index) => ({ title: `${text(80)} ${index}`, value: `district-${index}-${'d'.repeat(100)}` })),
    managers: picker(CARD_LIMITS.lineManagerChoices, 'line_managers'),
    values: {
      displayName: text(120),
      email: `${'e'.repeat(240)}@x.gov.uk`,
      roles: 'qa_manager,senior_manager,auditor,staff,partner_agency,district_manager',
      districtIds: 'district-1',
      teamName: text(80),
      managerId: 'person-1',
      agency: text(80),
    },
    errors: allErrors(['form', 'displayName', 'email', 'roles', 'districtIds', 'teamName', 'managerId', 'agency']),
  },
  'people-list': {
    heading: `People in ${text(80)}`,
    totalLabel: '100000 people, and 100000 who have left',
    districtId: `district-${'d'.repeat(100)}`,
    people: many(CARD_LIMITS.peoplePerPage, (index) => ({
      personId: `person-${index}-${'p'.repeat(100)}`,
      name: text(120),
      detailsLabel: text(400),
      linkedLabel: 'Not linked yet: they will be the first time they write to the bot',
    })),
    pageLabel: 'Page 1000 of 1000',
    previousPage: '999',
    nextPage: '1001',
  },
  'person-leaving': {
    personId: `person-${'p'.repeat(120)}`,
    name: text(120),
    heading: `${text(120)} left on Thu 3 Dec 2026`,
    detailsLabel: text(400),
    leftLabel: 'Thu 3 Dec 2026',
    explanation: text(300),
    actionsLabel: '100000 open actions',
    actions: many(CARD_LIMITS.leaverActions, () => ({
      what: text(1000),
      districtName: text(80),
      dueLabel: 'Fri 18 Dec 2026',
      statusLabel: 'Completed, awaiting verification',
    })),
    moreActionsCount: 99990,
    canHandOn: true,
    candidates: picker(CARD_LIMITS.handOnChoices, 'hand_on'),
    values: { newOwnerId: 'person-1' },
    errors: allErrors(['form', 'newOwnerId']),
  },
  error: {
    title: text(150),
    message: text(1000),
    typed: facts(CARD_LIMITS.errorTypedFacts, 1000),
    retry: { title: 'Try again', verb: 'finding.submit', data: { challengeDayId: 'day-1', strengths: text(4000) } },
  },
  districts: {
    countLabel: text(80),
    active: many(CARD_LIMITS.listedDistricts, (index) => ({
      districtId: `district-${index}-${'d'.repeat(100)}`,
      name: text(80),
      matLocality: text(80),
      detailsLabel: text(1700),
    })),
    moreCount: 12,
    retiredLabel: text(3000),
    canManage: true,
  },
  'district-form': {
    districtId: `district-${'d'.repeat(100)}`,
    districtName: text(80),
    values: { name: text(80), matLocality: text(80), aliases: text(1640) },
    errors: allErrors(['form', 'name', 'matLocality', 'aliases']),
  },
  teams: {
    districtId: `district-${'d'.repeat(100)}`,
    districtName: text(80),
    countLabel: text(80),
    active: many(CARD_LIMITS.listedTeams, (index) => ({
      teamId: `team-${index}-${'t'.repeat(100)}`,
      name: text(80),
      managerName: text(120),
      siteLabel: text(120),
    })),
    moreCount: 12,
    retiredLabel: text(3000),
    canManage: true,
  },
  'team-form': {
    districtId: `district-${'d'.repeat(100)}`,
    districtName: text(80),
    matLocality: text(80),
    teamId: `team-${'t'.repeat(100)}`,
    teamName: text(80),
    managers: picker(CARD_LIMITS.teamManagerChoices, 'team_managers'),
    values: { name: text(80), site: 'mat' },
    errors: allErrors(['form', 'name', 'managerId', 'site']),
  },
  'safeguarding-alert': {
    caseFindingId: `finding-${'f'.repeat(120)}`,
    caseReference: 'CR-1234567890123456789012',
    districtName: text(80),
    auditorName: text(80),
    raisedAtLabel: 'Thu 3 Dec 2026 at 11:42',
    reason: text(2000),
    alsoAlerted: many(30, (index) => `${text(80)} ${index}`).join(', '),
    notReached: many(30, (index) => `${text(80)} ${index}`).join(', '),
    actedOn: many(30, (index) => ({ line: `Acted on by ${text(80)} ${index} on Thu 3 Dec 2026 at 14:05` })),
    mayOpen: true,
    mayAct: true,
  },
  'case-handback': {
    caseHandbackId: `handback-${'h'.repeat(120)}`,
    caseReference: 'CR-1234567890123456789012',
    districtName: text(80),
    dayLine: `Audited on the Challenge Day in ${text(80)} on Thu 3 Dec 2026; report verified by ${text(80)} on Mon 7 Dec 2026 at 16:00`,
    teamName: text(80),
    standInNote: `Sent to you as a district manager of ${text(80)}, instead of the manager of the team holding the case: ${text(80)}’s manager has left.`,
    findings: many(CARD_LIMITS.caseHandbackFindings, (index) => ({
      heading: `Finding by ${text(80)} ${index}`,
      grades: many(6, () => ({ title: text(30), value: text(110) })),
      notes: many(3, () => ({ title: 'Areas for improvement', text: text(CARD_LIMITS.caseHandbackNoteLength) })),
    })),
    actions: many(CARD_LIMITS.caseHandbackActions, (index) => ({
      line: `A-${index} ${text(1000)} — ${text(80)} · due Fri 15 Jan 2027 · Completed, awaiting verification`,
    })),
    moreLine: `190 more actions: ask “actions from the last Challenge Day in ${text(80)}”.`,
    acknowledgedLine: `Acknowledged by ${text(80)} on Tue 8 Dec 2026 at 09:30`,
    caseFindingId: `finding-${'f'.repeat(120)}`,
  },
  'performance-figures': {
    title: `Performance for ${text(80)}, October to December 2026`,
    subtitle: `As at Mon 7 Dec 2026 at 10:00 · 200 districts`,
    actionFacts: many(4, (index) => ({ title: `${text(60)} ${index}`, value: '100000 of 100000 (100%)' })),
    // A chart link for a comparison of many districts: their ids travel in the signed link.
    // Teams' charts: four series over a year of months, six domains, the districts the card shows.
    actionsChart: chartSeries(
      4,
      many(12, () => 'Sept'),
      100000,
    ),
    actionsChartUrl: `https://challenge-day.example.gov.uk/charts/figures-actions.png?figures=${'x'.repeat(1500)}`,
    actionsChartText: text(1900),
    gradesLabel: text(200),
    gradeFacts: many(6, (index) => ({ title: `${text(60)} ${index}`, value: 'good or better: 2000 of 2000 (100%)' })),
    gradesChart: chartSeries(
      4,
      many(6, (index) => `${text(60)} ${index}`),
      2000,
    ),
    gradesChartUrl: `https://challenge-day.example.gov.uk/charts/figures-grades.png?figures=${'x'.repeat(1500)}`,
    gradesChartText: text(1900),
    dayFacts: many(CARD_LIMITS.figuresDays, (index) => ({
      title: `Thu 3 Dec 2026, ${text(80)} ${index}`,
      value: '2000 of 2000 (100%)',
    })),
    themesLabel: text(400),
    // A theme's name (60), its sources and a year of months.
    themeFacts: many(CARD_LIMITS.figuresThemes, (index) => ({
      title: `${text(60)} ${index}: 2000`,
      value: `2000 case findings, 2000 focus groups, 2000 visit notes on 40 Challenge Days · On one Challenge Day${' · Sept 2000'.repeat(12)}`,
    })),
    districtFacts: many(CARD_LIMITS.performanceDistricts, (index) => ({
      title: `${text(76)} ${index}`,
      value:
        'raised 100000 · on time 100000 of 100000 (100%) · overdue now 100000 · good or better 2000 of 2000 (100%)',
    })),
    districtsChart: chartSeries(
      4,
      many(CARD_LIMITS.performanceDistricts, (index) => `${text(76)} ${index}`),
      100000,
    ),
    districtsChartUrl: `https://challenge-day.example.gov.uk/charts/figures-districts.png?figures=${'x'.repeat(1500)}`,
    districtsChartText: text(1900),
    notesLabel: text(500),
    xlsxUrl: `https://challenge-day.example.gov.uk/exports/figures/performance-figures.xlsx?figures=${'x'.repeat(1500)}`,
  },
  'programme-form': {
    year: '2027',
    values: { rota: text(16000), blackouts: text(3000), reminderWeeks: '12' },
    errors: { rota: text(400), blackouts: text(200), reminderWeeks: text(100) },
  },
  programme: {
    year: '2027',
    subtitle: text(200),
    months: many(12, (month) => ({
      name: `${text(20)} ${month}`,
      days: many(CARD_LIMITS.programmeDays / 12, (index) => ({
        title: `${text(80)} ${index}`,
        value: 'Wed 14 Apr (planned)',
      })),
    })),
    note: text(400),
    pictureUrl: `https://challenge-day.example.gov.uk/charts/programme.png?year=2027&sig=${'x'.repeat(200)}`,
  },
  'unclear-question': {
    understood: text(600),
    suggestions: many(3, (index) => ({ question: `${text(290)} ${index}`, seal: 'f'.repeat(64) })),
  },
  confirm: {
    title: text(150),
    message: text(1000),
    confirmTitle: text(60),
    verb: 'district.retire',
    data: { districtId: `district-${'d'.repeat(100)}` },
  },
  roster: {
    title: 'Not registered yet',
    summary: text(200),
    districtName: text(80),
    offerId: `roster-${'r'.repeat(100)}`,
    addLabel: 'Add all 25',
    candidates: many(MEMBERS_PER_CARD, (index) => ({
      inputId: `role_${index}`,
      displayName: text(120),
      email: `${'e'.repeat(60)}${index}@${'d'.repeat(60)}.gov.uk`,
      role: 'staff',
    })),
    roles: people(6),
    moreLabel: text(80),
    withoutEmail: many(MEMBERS_PER_CARD + 1, () => text(120)),
  },
  'people-import': {
    title: text(300),
    summary: text(300),
    counts: facts(6, 20),
    ignoredColumns: text(1000),
    sections: many(3, () => ({
      title: text(40),
      lines: many(IMPORT_LINES_PER_SECTION, () => text(600)),
      moreLabel: text(30),
    })),
    importId: `import-${'i'.repeat(100)}`,
    applyLabel: 'Continue',
  },
  'case-list-import': {
    title: text(400),
    summary: text(600),
    counts: facts(3, 20),
    byTeam: facts(CASE_LIST_TEAMS_SHOWN + 1, 10),
    byType: facts(4, 10),
    ignoredColumns: text(600),
    sections: many(1, () => ({
      title: text(80),
      lines: many(IMPORT_LINES_PER_SECTION, () => text(600)),
      moreLabel: text(30),
    })),
    listId: `caselist-${'l'.repeat(100)}`,
  },
};
