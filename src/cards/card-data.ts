import type { ActionStepButton } from '../interactions/present/action-step-buttons.js';
import type { AllowedActionSteps } from '../domain/action/allowed-steps.js';
import type { Choice } from './vocabulary.js';

/**
 * A picker of people that searches as the person types (Teams: a Data.Query of this dataset; Slack: an
 * external select), with the choices it lists before anything is typed — those already chosen first.
 */
export interface PeoplePickerData {
  readonly dataset: string;
  readonly choices: readonly Choice[];
}

/*
 * The data bound into each template in cards/. Every field a template reads is required (a missing one
 * would show as "${…}" on the card); "nothing" is "", null or an empty list. Dates are already display
 * strings (display-time.ts). Case data is case references only, never names.
 */

/** A form shown again keeps what the person typed (`values`) and says what to correct (`errors`), by input id. */
export interface FormState<InputId extends string> {
  readonly values?: Partial<Record<InputId, string>>;
  readonly errors?: Partial<Record<InputId | 'form', string>>;
}

export interface Fact {
  readonly title: string;
  readonly value: string;
}

/** Which Challenge Day a form is about, as the header of every form reads it. */
export interface DayHeading {
  readonly challengeDayId: string;
  readonly districtName: string;
  readonly matLocality: string;
  readonly dateLabel: string;
}

export interface HelpCardData {
  readonly exampleDistrict: string;
}

export type PlanInput =
  | 'districtId'
  | 'date'
  | 'startTime'
  | 'districtSite'
  | 'matSite'
  | 'focusAreas'
  | 'intelligence'
  | 'intelligenceNotes'
  | 'auditTeamIds'
  | 'matAuditTeamIds'
  | 'expectedAttendeeIds';

export interface PlanFormData extends FormState<PlanInput> {
  /** The day being changed, or "" for a new plan (which decides the form's button). */
  readonly challengeDayId: string;
  /** "Chesterfield (Chesterfield MAT)" → district id. */
  readonly districts: readonly Choice[];
  /** The service priorities, numbered (vocabulary.ts priorityChoices). */
  readonly priorities: readonly Choice[];
  /** The district audit team's picker. */
  readonly auditors: PeoplePickerData;
  /** The MAT audit team's picker: the same people may be offered, but nobody may be chosen in both. */
  readonly matAuditors: PeoplePickerData;
  readonly attendees: PeoplePickerData;
}

export interface NoticeCardData extends DayHeading {
  readonly startLabel: string;
  readonly sites: { readonly district: string; readonly mat: string };
  readonly focusAreas: readonly string[];
  /** Who is coming: "Priya Shah", "Senior manager". */
  readonly attendees: readonly Fact[];
  readonly moreAttendeesCount: number;
  readonly summary: {
    readonly attending: number;
    readonly focusGroup: number;
    readonly unavailable: number;
    readonly notAnswered: number;
  };
  readonly summaryUpdatedLabel: string;
  /** A cancelled day's notice says so and offers no reply buttons. */
  readonly cancelled: boolean;
  /** The notice as the person who answered it sees it: their answer, with Change my answer. */
  readonly yourAnswer?: NoticeAnswerShown;
}

export interface NoticeAnswerShown {
  /** "Attending", "Available for a focus group", "Unavailable". */
  readonly label: string;
  /** The case they asked to discuss; "" for none. */
  readonly caseReference: string;
}

/** What someone who answered a notice sees where the notice itself is shared (a Slack channel). */
export interface NoticeAnswerData extends DayHeading {
  readonly answerLabel: string;
  /** "You answered “Attending” for the Challenge Day in Chesterfield on Thu 3 Dec 2026." */
  readonly sentence: string;
  /** "" for none. */
  readonly caseReference: string;
}

export type NoticeReplyInput = 'kind' | 'caseReference' | 'note';
export interface NoticeReplyFormData extends DayHeading, FormState<NoticeReplyInput> {}

export type CaseFindingInput = string;
export interface CaseFindingFormData extends DayHeading, FormState<CaseFindingInput> {
  /** People who could own a recommendation. */
  readonly owners: PeoplePickerData;
  /** The live learning themes (id → name), a multi-select. */
  readonly learningThemes: readonly Choice[];
}

export type FocusGroupInput = 'group' | 'attendeeCount' | 'working' | 'worries' | 'ideas' | 'themes' | 'learningThemes';
export interface FocusGroupFormData extends DayHeading, FormState<FocusGroupInput> {
  readonly priorities: readonly Choice[];
  readonly learningThemes: readonly Choice[];
  /** What the day's notice was answered with, offered as topics: case reference or "Note" → the note. */
  readonly replyTopics: readonly Fact[];
}

export type AttendanceRegisterInput = 'attended' | 'unannounced';
export interface AttendanceRegisterFormData extends DayHeading, FormState<AttendanceRegisterInput> {
  /** How the ticks were filled in: "Ticked: the 2 whose answer … said they would come." */
  readonly prefillNote: string;
  /** The day's people (named on it, or who answered its notice): name, role, agency and answer → id. */
  readonly people: readonly Choice[];
  /** Anyone else who came, found by name. */
  readonly alsoCame: PeoplePickerData;
}

export interface DayRepliesData extends DayHeading {
  /** Answers by kind, who has not answered, and whether the register is recorded. */
  readonly counts: readonly Fact[];
  /** Name → answer, case reference (to those who need to know it) and note, hidden where it looks like identity data. */
  readonly replies: readonly Fact[];
  readonly note: string;
  /** Shows "Record who came" to those who keep the day's register, while it is open. */
  readonly canKeepRegister: boolean;
}

export type ObservedVisitInput =
  'workerReference' | 'site' | 'observed' | 'feedbackGiven' | 'learning' | 'learningThemes';
export interface ObservedVisitFormData extends DayHeading, FormState<ObservedVisitInput> {
  readonly learningThemes: readonly Choice[];
}

export interface ActionHistoryLine {
  readonly atLabel: string;
  readonly byName: string;
  readonly text: string;
}

export interface ActionCardData {
  readonly actionId: string;
  /** The short reference people type ("A-12"); "" for an action that has none yet. */
  readonly reference: string;
  readonly what: string;
  /** Where the action came from: "Case finding CR-104233", "Focus group with staff". */
  readonly sourceLabel: string;
  readonly sourceSummary: string;
  readonly districtName: string;
  readonly ownerName: string;
  readonly dueLabel: string;
  /** "" when not overdue. */
  readonly overdueLabel: string;
  readonly priorityLabel: string;
  readonly statusLabel: string;
  readonly dateChangeRequest: {
    readonly requestedLabel: string;
    readonly reason: string;
    readonly byName: string;
    readonly atLabel: string;
  } | null;
  readonly completionEvidence: string;
  /** Newest first. */
  readonly history: readonly ActionHistoryLine[];
  readonly olderHistoryCount: number;
  /** The buttons this person may press, decided by the domain's permissions. */
  readonly can: AllowedActionSteps;
  /**
   * The people whose own view of the card (their buttons) a platform that can re-render a card for each
   * viewer should fetch, most important first (domain/action/who-may-act.ts). Teams turns them into the
   * card's `refresh.userIds`; Slack shows every card as sent.
   */
  readonly viewerIds: readonly string[];
}

/** The action verbs with a form of their own; the form shows that verb's inputs. */
export const ACTION_UPDATE_FORMS = [
  'action.requestDateChange',
  'action.addProgress',
  'action.complete',
  'action.declineDateChange',
  'action.reopen',
] as const;
export type ActionUpdateForm = (typeof ACTION_UPDATE_FORMS)[number];

export type ActionUpdateInput = 'requestedDate' | 'reason' | 'note' | 'evidence';
export interface ActionUpdateFormData extends FormState<ActionUpdateInput> {
  readonly form: ActionUpdateForm;
  readonly actionId: string;
  readonly what: string;
  readonly ownerName: string;
  readonly dueLabel: string;
  /** The date asked for, when deciding on a date change; "" otherwise. */
  readonly requestedLabel: string;
}

/** A senior manager's comments on returning a report to draft. */
export interface ReportReturnLine {
  readonly byName: string;
  readonly atLabel: string;
  readonly comments: string;
}

export interface ReportActionLine {
  readonly what: string;
  readonly ownerName: string;
  readonly dueLabel: string;
  readonly priorityLabel: string;
}

export interface ReportVerificationData extends FormState<'comments'> {
  readonly reportId: string;
  readonly districtName: string;
  readonly matLocality: string;
  readonly dateLabel: string;
  readonly draftedByName: string;
  readonly summary: string;
  readonly findingCount: number;
  readonly safeguardingConcernCount: number;
  /** "Good" → "4 cases". */
  readonly overallGrades: readonly Fact[];
  /** "Voice of the child" → "4 good, 2 requires improvement". */
  readonly domainGrades: readonly Fact[];
  readonly actions: readonly ReportActionLine[];
  readonly moreActionsCount: number;
  readonly previousReturns: readonly ReportReturnLine[];
  /** False for the person who drafted it, and for anyone not a senior manager. */
  readonly canReview: boolean;
}

export interface ReportDraftActionLine extends ReportActionLine {
  /** Which recommendation it is, for its "Change" button. */
  readonly key: string;
  /** Where it came from, e.g. "Case finding CR-104233". */
  readonly sourceSummary: string;
}

export interface ReportDraftData {
  readonly reportId: string;
  /** "Draft report", or how it stands once submitted or verified. */
  readonly title: string;
  readonly statusLabel: string;
  readonly districtName: string;
  readonly matLocality: string;
  readonly dateLabel: string;
  /** "Cases audited" → "6", focus groups, visits, safeguarding concerns, grades moved by moderation. */
  readonly counts: readonly Fact[];
  /** "Overall" → "4 good, 2 requires improvement to be good", then one per audit domain. */
  readonly grades: readonly Fact[];
  /** Case reference → text, with anything that looks like identity data hidden. */
  readonly strengths: readonly Fact[];
  readonly areasForImprovement: readonly Fact[];
  /** "Focus group" / "Observed visit" → what was heard or seen. */
  readonly themes: readonly Fact[];
  /** Says that text was hidden, when some was; "" otherwise. */
  readonly hiddenNote: string;
  /** "12 in the plan, 1 left out; showing 1–10". */
  readonly actionsLabel: string;
  readonly actions: readonly ReportDraftActionLine[];
  /** Page numbers for the paging buttons; "" when there is no such page. */
  readonly previousPage: string;
  readonly nextPage: string;
  readonly previousReturns: readonly ReportReturnLine[];
  /** True for a QA manager while the report is a draft. */
  readonly canEdit: boolean;
}

export type ReportActionInput = 'what' | 'ownerId' | 'dueDate' | 'priority' | 'leaveOut';
export interface ReportActionFormData extends FormState<ReportActionInput> {
  readonly reportId: string;
  readonly actionKey: string;
  readonly districtName: string;
  readonly dateLabel: string;
  readonly sourceSummary: string;
  readonly owners: PeoplePickerData;
}

export interface DigestActionLine {
  readonly what: string;
  readonly ownerName: string;
  readonly dueLabel: string;
  readonly overdueLabel: string;
}

export interface DigestDistrict {
  readonly name: string;
  readonly outstanding: number;
  readonly overdue: number;
  /** Owner → "3 outstanding, 1 overdue", most overdue first. */
  readonly owners: readonly Fact[];
  readonly moreOwnersCount: number;
  /** The most overdue first. */
  readonly mostOverdue: readonly DigestActionLine[];
  readonly moreOverdueCount: number;
}

export interface DigestCardData {
  readonly periodLabel: string;
  readonly outstanding: number;
  readonly overdue: number;
  readonly districts: readonly DigestDistrict[];
  readonly moreDistrictsCount: number;
}

/** A point of a Teams chart (Chart.VerticalBar): a label and a value. */
export interface ChartPoint {
  readonly x: string;
  readonly y: number;
}

/** One line of a Teams line chart (Chart.Line). */
export interface ChartSeries {
  readonly legend: string;
  readonly values: readonly ChartPoint[];
}

export interface PerformanceDistrictLine {
  readonly name: string;
  /** "75% (6 of 8 due)", or that none were due. */
  readonly onTimeLabel: string;
  /** "90% (9 of 10 new actions)", or that none were given. */
  readonly acknowledgedLabel: string;
  /** "24 days: <what> (owner)", or "None". */
  readonly oldestOverdueLabel: string;
  /** "Up 12 points on October", or that there is nothing to compare. */
  readonly trendLabel: string;
}

/**
 * The monthly performance summary for the managers. The charts show in Teams; where a client cannot show
 * them (Slack, older clients) their fallback shows the same figures as text bars and lines.
 */
export interface PerformanceSummaryData {
  readonly monthLabel: string;
  /** The county's figures in a sentence. */
  readonly countyLabel: string;
  readonly districts: readonly PerformanceDistrictLine[];
  readonly moreDistrictsCount: number;
  /** District → % on time this month, for the districts that had actions due. */
  readonly onTimeChart: readonly ChartPoint[];
  /** The same as text bars: district → "███████░░░ 75%". */
  readonly onTimeBars: readonly Fact[];
  /** One line per district over the last months. */
  readonly trendChart: readonly ChartSeries[];
  /** The same as text: district → "Sep 70% · Oct 65% · Nov 75%". */
  readonly trendLines: readonly Fact[];
}

/**
 * Performance figures on demand: counts with what each is out of, chart images (PNG links the chat client
 * fetches; "" for a chart with nothing to draw) and the person's spreadsheet link. A further section (learning
 * themes) goes beside the grades as facts and a chart of its own.
 */
export interface PerformanceFiguresData {
  readonly title: string;
  /** The period, as at when, and which districts. */
  readonly subtitle: string;
  readonly actionFacts: readonly Fact[];
  /** Teams' own chart of the actions by month; its fallback is the image at actionsChartUrl. */
  readonly actionsChart: readonly ChartSeries[];
  readonly actionsChartUrl: string;
  /** What the chart shows, in words, for screen readers and clients that show no images. */
  readonly actionsChartText: string;
  /** "4 cases graded on 3 Challenge Days." or that none were. */
  readonly gradesLabel: string;
  /** Audit domain → "good or better: 3 of 4 cases". */
  readonly gradeFacts: readonly Fact[];
  readonly gradesChart: readonly ChartSeries[];
  readonly gradesChartUrl: string;
  readonly gradesChartText: string;
  /** "Thu 5 Mar 2026, Erewash" → "0 of 2 cases". */
  readonly dayFacts: readonly Fact[];
  /** How many themes were recorded, or that none were, and where examples are. */
  readonly themesLabel: string;
  /** The most frequent themes: "Chronology: 3" → where, on how many days, the trend and the months. */
  readonly themeFacts: readonly Fact[];
  /** District → its counts in a line; empty for one district. */
  readonly districtFacts: readonly Fact[];
  readonly districtsChart: readonly ChartSeries[];
  readonly districtsChartUrl: string;
  readonly districtsChartText: string;
  /** How the figures are counted, and until when the links work. */
  readonly notesLabel: string;
  readonly xlsxUrl: string;
}

export interface QueryResultRow {
  readonly actionId: string;
  /** The steps the person asking may take on it, as buttons; none for actions they may only read. */
  readonly buttons: readonly ActionStepButton[];
  /** The short reference people type ("A-12"); "" for an action that has none yet. */
  readonly reference: string;
  readonly what: string;
  readonly ownerName: string;
  readonly districtName: string;
  readonly dueLabel: string;
  readonly statusLabel: string;
  readonly overdueLabel: string;
}

export interface QueryResultData {
  /** The question as the bot understood it, e.g. "Overdue actions in Chesterfield". */
  readonly question: string;
  /** What the paging buttons send back to run the question again. */
  readonly query: string;
  readonly totalLabel: string;
  readonly pageLabel: string;
  readonly rows: readonly QueryResultRow[];
  /** "" when there is no such page. */
  readonly previousPage: string;
  readonly nextPage: string;
  /** What shows the answer again to each viewer, with their own buttons (cards/query-result.json, `refresh`). */
  readonly viewers: AnswerViewers;
}

/**
 * What re-renders an answer for one viewer — its actions, page and total, as the asker was answered — and
 * whose view of it differs, most important first. Teams turns it into the card's refresh; Slack shows every
 * card as sent.
 */
export interface AnswerViewers {
  /** The page's action ids, comma-separated. */
  readonly actionIds: string;
  /** The page shown, from 0. */
  readonly page: string;
  readonly total: string;
  readonly personIds: readonly string[];
}

/**
 * A person's own page (Slack's App Home): their outstanding actions and the decisions waiting for them, each
 * with the buttons they may use, and the next Challenge Days they take part in.
 */
export interface AppHomeData {
  readonly title: string;
  /** "Updated Sun 6 Dec 2026, 09:12", in London time. */
  readonly updatedLabel: string;
  /** What their last step did, or why it was refused; "" for none. */
  readonly notice: string;
  readonly yourActions: readonly QueryResultRow[];
  /** "and 3 more — ask …"; "" when all are shown. */
  readonly yourActionsMore: string;
  /** Only those who may decide on actions (managers) have the section at all. */
  readonly showDecisions: boolean;
  readonly decisions: readonly QueryResultRow[];
  readonly decisionsMore: string;
  /** Date and start time → district and how the person takes part. */
  readonly days: readonly Fact[];
  readonly daysMore: string;
}

/** The answer to "Open the report": a link for the person who pressed it. */
export interface ReportLinkData {
  /** "Challenge Day report: Chesterfield, Thu 3 Dec 2026". */
  readonly title: string;
  /** When the link stops working, e.g. "17:05". */
  readonly expiresLabel: string;
  /** Says the page leaves out the case by case notes, when it does; "" otherwise. */
  readonly versionNote: string;
  readonly url: string;
  /** The same report as a PDF, for the same person, until the same time. */
  readonly pdfUrl: string;
}

/** The answer to "export the action plan …": a CSV and an XLSX link for the person who asked. */
export interface ActionPlanExportData {
  /** "Export: Overdue actions in High Peak". */
  readonly title: string;
  /** "12 actions" as the plan stands now; the files are made when a link is opened. */
  readonly countLabel: string;
  /** When the links stop working, e.g. "17:05". */
  readonly expiresLabel: string;
  readonly csvUrl: string;
  readonly xlsxUrl: string;
}

/** An answer to a question or a list asked for: a title, what it is as of, facts, and a closing note. */
export interface AnswerData {
  readonly title: string;
  /** e.g. "As it stands on Sun 6 Dec 2026 at 09:10"; "" for none. */
  readonly subtitle: string;
  readonly facts: readonly Fact[];
  /** e.g. what to do next, or why some are not shown; "" for nothing. */
  readonly note: string;
}

export interface ReceiptData {
  readonly title: string;
  readonly submittedByName: string;
  readonly submittedAtLabel: string;
  readonly facts: readonly Fact[];
  /** What happens next, e.g. "The QA manager has been alerted"; "" for nothing. */
  readonly nextStep: string;
}

/**
 * The immediate safeguarding alert, as one of the people it is for sees it. Case reference, district and
 * auditor for everyone it is for; the concern in the auditor's words only to those who may read the case's
 * detail.
 */
export interface SafeguardingAlertData {
  readonly caseFindingId: string;
  readonly caseReference: string;
  readonly districtName: string;
  readonly auditorName: string;
  readonly raisedAtLabel: string;
  /** "" for a reader not allowed the case's detail. */
  readonly reason: string;
  /** The others it was for, "Priya Patel, Sam Hurst"; "" when nobody else. */
  readonly alsoAlerted: string;
  /** On the managers' channel's copy, those it could not reach, "Sam Hurst"; "" otherwise. */
  readonly notReached: string;
  /** "Acted on by Helen Ward at 14:05", one per person who has. */
  readonly actedOn: readonly { readonly line: string }[];
  /** "Open the finding": for a reader allowed its detail. */
  readonly mayOpen: boolean;
  /** "I have acted": for a person it was for who has not said so yet. */
  readonly mayAct: boolean;
}

/**
 * One audited case's findings as the manager of the team holding it (or who stands in) is sent them once the
 * report is verified: the grades, the notes and recommendations (identity data masked), the actions raised
 * from it, and who acknowledged it.
 */
export interface CaseHandbackData {
  readonly caseHandbackId: string;
  readonly caseReference: string;
  readonly districtName: string;
  /** "Audited on the Challenge Day in Chesterfield on Thu 3 Dec 2026; report verified by Martin Cole on …". */
  readonly dayLine: string;
  /** The team the case list names; "" when the sample is gone. */
  readonly teamName: string;
  /** Why a district manager got it instead of the team's manager; "" when the team's manager did. */
  readonly standInNote: string;
  readonly findings: readonly {
    readonly heading: string;
    readonly grades: readonly Fact[];
    readonly notes: readonly { readonly title: string; readonly text: string }[];
  }[];
  /** "A-12 Record wishes… — Jo Bennett · due Fri 15 Jan 2027 · Open", one per action. */
  readonly actions: readonly { readonly line: string }[];
  /** "And 2 more findings and 4 more actions: …"; "" when everything is shown. */
  readonly moreLine: string;
  /** "Acknowledged by Tom Hill on …"; "" until someone has, and then the Acknowledge button goes. */
  readonly acknowledgedLine: string;
  /** The finding "Open the finding" opens (the newest, when the case had several). */
  readonly caseFindingId: string;
}

/** A question the bot could not answer: what it understood, and up to three questions to ask with a press. */
export interface UnclearQuestionData {
  readonly understood: string;
  /** Each button asks its question; the seal shows the bot offered it (suggested-question-seal.ts). */
  readonly suggestions: readonly { readonly question: string; readonly seal: string }[];
}

export interface ErrorCardData {
  readonly title: string;
  readonly message: string;
  /** What the person typed, so nothing is lost even if the form cannot be shown again. */
  readonly typed: readonly Fact[];
  /** The same submission, to send again; null when trying again would not help. */
  readonly retry: {
    readonly title: string;
    readonly verb: string;
    readonly data: Readonly<Record<string, string>>;
  } | null;
}

export interface DistrictLine {
  readonly districtId: string;
  readonly name: string;
  readonly matLocality: string;
  /** "Also: NE Derbyshire · 3 teams". */
  readonly detailsLabel: string;
}

/** The county's districts; the add, change and retire buttons show only to those who manage them. */
export interface DistrictsCardData {
  /** "8 districts in use". */
  readonly countLabel: string;
  readonly active: readonly DistrictLine[];
  readonly moreCount: number;
  /** The retired districts in one line, "" for none. */
  readonly retiredLabel: string;
  readonly canManage: boolean;
}

export type DistrictInput = 'name' | 'matLocality' | 'aliases';
export interface DistrictFormData extends FormState<DistrictInput> {
  /** The district being changed, or "" to add one (which decides the form's title and button). */
  readonly districtId: string;
  readonly districtName: string;
}

export interface TeamLine {
  readonly teamId: string;
  readonly name: string;
  readonly managerName: string;
  /** Where it works from: "Chesterfield MAT (the MAT locality)". */
  readonly siteLabel: string;
}

/** A district's case-holding teams and their managers. */
export interface TeamsCardData {
  readonly districtId: string;
  readonly districtName: string;
  /** "4 teams", or that the district is retired. */
  readonly countLabel: string;
  readonly active: readonly TeamLine[];
  readonly moreCount: number;
  readonly retiredLabel: string;
  readonly canManage: boolean;
}

export type TeamInput = 'name' | 'managerId' | 'site';
export interface TeamFormData extends FormState<TeamInput> {
  readonly districtId: string;
  readonly districtName: string;
  /** The district's MAT locality, the other site a team may work from. */
  readonly matLocality: string;
  /** The team being changed, or "" to add one. */
  readonly teamId: string;
  readonly teamName: string;
  /** The district's people, searched by name. */
  readonly managers: PeoplePickerData;
}

/** Asks before a change that cannot be undone in chat (retiring a district or a team). */
export interface ConfirmCardData {
  readonly title: string;
  readonly message: string;
  readonly confirmTitle: string;
  readonly verb: string;
  /** The record the button acts on, as its verb's context reads it. */
  readonly data: Readonly<Record<string, string>>;
}

export type PersonInput = 'displayName' | 'email' | 'roles' | 'districtIds' | 'teamName' | 'managerId' | 'agency';

/** The form a manager adds someone with, or changes their record on. */
export interface PersonFormData extends FormState<PersonInput> {
  /** The person being changed, or "" for someone new (which decides the form's button). */
  readonly personId: string;
  readonly heading: string;
  readonly subheading: string;
  /** Only the roles this manager may give. */
  readonly roles: readonly Choice[];
  /** Only the districts this manager may put people in. */
  readonly districts: readonly Choice[];
  /** The line manager: anyone current, searched by name. */
  readonly managers: PeoplePickerData;
}

export interface PeopleListLine {
  readonly personId: string;
  readonly name: string;
  /** "Auditor, District manager · Chesterfield CP Team 1". */
  readonly detailsLabel: string;
  /** "Linked in Teams and Slack", or that they will be linked the first time they write. */
  readonly linkedLabel: string;
}

/** A district's current people, a page at a time, each with buttons to change them or record that they left. */
export interface PeopleListData {
  readonly heading: string;
  /** "124 people, and 3 who have left". */
  readonly totalLabel: string;
  readonly districtId: string;
  readonly people: readonly PeopleListLine[];
  /** "" when everyone is on one card. */
  readonly pageLabel: string;
  readonly previousPage: string;
  readonly nextPage: string;
}

export interface LeaverActionLine {
  readonly what: string;
  readonly districtName: string;
  readonly dueLabel: string;
  readonly statusLabel: string;
}

/**
 * Someone leaving: before, what recording it does and the open actions they hold; after, the same actions
 * with whom to give them all to.
 */
export interface PersonLeavingData extends FormState<'newOwnerId'> {
  readonly personId: string;
  readonly name: string;
  readonly heading: string;
  readonly detailsLabel: string;
  /** When they left, once recorded; "" before. */
  readonly leftLabel: string;
  readonly explanation: string;
  /** "3 open actions" or "No open actions". */
  readonly actionsLabel: string;
  readonly actions: readonly LeaverActionLine[];
  readonly moreActionsCount: number;
  readonly canHandOn: boolean;
  /** Whom the actions can go to, searched by name. */
  readonly candidates: PeoplePickerData;
}

/** A manager giving an action to someone else: whom (searched by name) and why. */
export interface ActionReassignFormData extends FormState<'newOwnerId' | 'reason'> {
  readonly actionId: string;
  /** The short reference people type ("A-12"); "" for an action that has none yet. */
  readonly reference: string;
  readonly what: string;
  readonly ownerName: string;
  readonly districtName: string;
  readonly dueLabel: string;
  readonly candidates: PeoplePickerData;
}

/** Every template in cards/ and the type of the data bound into it. */
/** A team's or channel's members who are not registered, offered to add to its district in one press. */
export interface RosterCardData {
  readonly title: string;
  readonly summary: string;
  readonly districtName: string;
  /** The stored offer the button adds; "" when there is nobody to add. */
  readonly offerId: string;
  readonly addLabel: string;
  /** Each with a role input of its own (`role_0`, `role_1`, …), staff unless changed. */
  readonly candidates: readonly {
    readonly inputId: string;
    readonly displayName: string;
    readonly email: string;
    readonly role: string;
  }[];
  readonly roles: readonly Choice[];
  /** "And 12 more: ask again once these are added." or "". */
  readonly moreLabel: string;
  readonly withoutEmail: readonly string[];
}

/** A people file sent in chat: its dry run with an Apply button, or what applying it did. */
export interface PeopleImportCardData {
  readonly title: string;
  readonly summary: string;
  /** Rows, to add, to change, unchanged, refused, registered but not in the file. */
  readonly counts: readonly Fact[];
  /** "Columns not read …: phone." or "". */
  readonly ignoredColumns: string;
  /** Refused rows, additions and changes, each list capped with "and N more". */
  readonly sections: readonly {
    readonly title: string;
    readonly lines: readonly string[];
    readonly moreLabel: string;
  }[];
  /** The stored file the Apply button applies; "" once applied (no button). */
  readonly importId: string;
  /** "Apply", or "Continue" for a file part imported. */
  readonly applyLabel: string;
}

export type ProgrammeInput = 'rota' | 'blackouts' | 'reminderWeeks';

/** The QA manager's form for a year's programme: the rota, the blackout dates and the reminder's lead time. */
export interface ProgrammeFormData extends FormState<ProgrammeInput> {
  /** "2027". */
  readonly year: string;
}

/** A year's programme as a card: each month with each district's day in it. */
export interface ProgrammeCardData {
  readonly year: string;
  /** e.g. "8 districts, every 6 to 8 weeks; reminders 4 weeks before each day". */
  readonly subtitle: string;
  readonly months: readonly { readonly name: string; readonly days: readonly Fact[] }[];
  /** What to write to move or skip a day, for a QA manager; "" for anyone else. */
  readonly note: string;
  /** The calendar picture, at a link made for the reader; "" when none. */
  readonly pictureUrl: string;
}

export interface CaseListImportCardData {
  readonly title: string;
  readonly summary: string;
  /** Rows, cases to store (or stored), refused lines. */
  readonly counts: readonly Fact[];
  /** Cases per team and per case type: the strata the sample is drawn across. */
  readonly byTeam: readonly Fact[];
  readonly byType: readonly Fact[];
  /** "Columns not read …: Notes." or "". */
  readonly ignoredColumns: string;
  /** The refused lines, capped with "and N more". */
  readonly sections: readonly {
    readonly title: string;
    readonly lines: readonly string[];
    readonly moreLabel: string;
  }[];
  /** The pending list the Apply button applies; "" once applied (no button). */
  readonly listId: string;
}

export interface CardDataMap {
  help: HelpCardData;
  'plan-challenge-day-form': PlanFormData;
  'challenge-day-notice': NoticeCardData;
  'notice-reply-form': NoticeReplyFormData;
  'notice-answer': NoticeAnswerData;
  'case-finding-form': CaseFindingFormData;
  'focus-group-form': FocusGroupFormData;
  'observed-visit-form': ObservedVisitFormData;
  'attendance-register-form': AttendanceRegisterFormData;
  'day-replies': DayRepliesData;
  action: ActionCardData;
  'action-update-form': ActionUpdateFormData;
  'action-reassign-form': ActionReassignFormData;
  'report-verification': ReportVerificationData;
  'report-draft': ReportDraftData;
  'report-action-form': ReportActionFormData;
  'report-link': ReportLinkData;
  'action-plan-export': ActionPlanExportData;
  digest: DigestCardData;
  'performance-summary': PerformanceSummaryData;
  'query-result': QueryResultData;
  'app-home': AppHomeData;
  receipt: ReceiptData;
  answer: AnswerData;
  error: ErrorCardData;
  districts: DistrictsCardData;
  'district-form': DistrictFormData;
  teams: TeamsCardData;
  'team-form': TeamFormData;
  confirm: ConfirmCardData;
  'person-form': PersonFormData;
  'people-list': PeopleListData;
  'person-leaving': PersonLeavingData;
  roster: RosterCardData;
  'people-import': PeopleImportCardData;
  'case-list-import': CaseListImportCardData;
  'unclear-question': UnclearQuestionData;
  'safeguarding-alert': SafeguardingAlertData;
  'case-handback': CaseHandbackData;
  'performance-figures': PerformanceFiguresData;
  'programme-form': ProgrammeFormData;
  programme: ProgrammeCardData;
}

export type CardName = keyof CardDataMap;

export const CARD_NAMES = [
  'help',
  'plan-challenge-day-form',
  'challenge-day-notice',
  'notice-reply-form',
  'notice-answer',
  'case-finding-form',
  'focus-group-form',
  'observed-visit-form',
  'attendance-register-form',
  'day-replies',
  'action',
  'action-update-form',
  'action-reassign-form',
  'report-verification',
  'report-draft',
  'report-action-form',
  'report-link',
  'action-plan-export',
  'digest',
  'performance-summary',
  'query-result',
  'app-home',
  'receipt',
  'answer',
  'error',
  'districts',
  'district-form',
  'teams',
  'team-form',
  'confirm',
  'person-form',
  'people-list',
  'person-leaving',
  'roster',
  'people-import',
  'case-list-import',
  'unclear-question',
  'safeguarding-alert',
  'case-handback',
  'performance-figures',
  'programme-form',
  'programme',
] as const satisfies readonly CardName[];
