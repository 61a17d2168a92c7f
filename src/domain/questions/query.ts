import type { District } from '../districts/district.js';
import type { ActionStatus } from '../action/status.js';
import type { FiguresPeriod } from '../performance/figures-period.js';
import type { FiguresScope } from '../performance/performance-figures.js';

/**
 * What a person asked the bot, in typed form. The parser (parse-question.ts) produces one of these from a
 * chat message; the chat channels route on `kind` with an exhaustive switch, so a new kind of question
 * fails the build until every channel answers it.
 */
export type Query =
  | HelpQuery
  | ActionsQuery
  | ExportActionsQuery
  | NoticeNotRepliedQuery
  | FailedDeliveriesQuery
  | CaseAuditTrailQuery
  | LinkChannelCommand
  | UnlinkChannelCommand
  | PlanChallengeDayCommand
  | OpenCaptureFormCommand
  | ChallengeDayQuery
  | AwaitingMyDecisionQuery
  | CountActionsQuery
  | TopOverdueOwnersQuery
  | PerformanceFiguresQuery
  | ThemesQuery
  | OverdueDistrictsQuery;

/** "which districts are overdue for a Challenge Day?": answered from the year's programme. */
export interface OverdueDistrictsQuery {
  readonly kind: 'overdue_districts';
}

/** What the parser returns: a question it understood, or a short answer saying what it did understand. */
export type ParsedQuestion = Query | UnclearQuestion;

/** "help", or a bare mention of the bot: answer with the questions it understands. */
export interface HelpQuery {
  readonly kind: 'help';
}

/**
 * Which actions a person means. "Overdue" is not a stored status (see action/overdue.ts), so it is a
 * state of its own here; `actionStatusesFor` says which stored statuses each state reads.
 */
export const ACTION_STATES = [
  'overdue',
  'outstanding',
  'awaiting_verification',
  'completed',
  'any',
  /** Outstanding, with a new date asked for that the asker may decide on ("date requests"). */
  'date_requested',
] as const;
export type ActionState = (typeof ACTION_STATES)[number];

/** The stored statuses an action state reads; "overdue" also needs a due date before today in London. */
export function actionStatusesFor(state: ActionState): readonly ActionStatus[] {
  switch (state) {
    case 'overdue':
    case 'outstanding':
    case 'date_requested':
      return ['open', 'acknowledged', 'in_progress'];
    case 'awaiting_verification':
      return ['completed'];
    case 'completed':
      return ['completed', 'verified'];
    case 'any':
      return ['open', 'acknowledged', 'in_progress', 'completed', 'verified'];
  }
}

/**
 * Whose actions. A mention the channel resolved is a person; one it could not resolve is kept as such, so
 * the answer says it does not know who that is rather than answering about everyone.
 */
export type OwnerFilter =
  | { readonly kind: 'person'; readonly personId: string }
  /** "my team's actions": the people this person line-manages, and the members of the teams they manage. */
  | { readonly kind: 'team_of'; readonly personId: string }
  | { readonly kind: 'unknown_mention'; readonly displayName?: string };

/** Due dates from `from` to `to`, both included; calendar dates as stored (00:00 UTC of the London day). */
export interface DueWindow {
  readonly from: Date;
  readonly to: Date;
}

/** The Challenge Day whose actions are meant: the district's most recent one, or the one on a date. */
export type ChallengeDayRef = { readonly which: 'last' } | { readonly which: 'on'; readonly date: Date };

/**
 * "overdue actions for Chesterfield", "my actions", "actions from the last Challenge Day in High
 * Peak". Absent fields do not narrow the question: no district means every district the asker may see.
 */
export interface ActionsQuery {
  readonly kind: 'actions';
  readonly state: ActionState;
  readonly districtId?: District['_id'];
  readonly owner?: OwnerFilter;
  readonly due?: DueWindow;
  readonly challengeDay?: ChallengeDayRef;
}

/**
 * "export the action plan for High Peak", "export all overdue actions": the actions asked about as a CSV and
 * an XLSX file. Without a status word it means the whole plan (every status), not only what is outstanding.
 */
export interface ExportActionsQuery {
  readonly kind: 'export_actions';
  readonly actions: ActionsQuery;
}

/**
 * "who hasn't replied to the notice for Bolsover": people expected at the district's announced Challenge
 * Day who have not answered its 48-hour notice. No district means the notice most recently sent.
 */
export interface NoticeNotRepliedQuery {
  readonly kind: 'notice_not_replied';
  readonly districtId?: District['_id'];
}

/** "show failed deliveries": outbox messages the platforms refused for good. */
export interface FailedDeliveriesQuery {
  readonly kind: 'failed_deliveries';
}

/** "audit trail for case CR-104233"; the reference is checked and upper-cased by checkCaseReference. */
export interface CaseAuditTrailQuery {
  readonly kind: 'case_audit_trail';
  readonly caseReference: string;
}

/** "link this channel to Chesterfield" (a QA manager's channel command; see links/link-channel.ts). */
export interface LinkChannelCommand {
  readonly kind: 'link_channel';
  readonly districtId: District['_id'];
  readonly audience: 'district' | 'mat';
}

/** "unlink": stop posting district-wide messages in this channel. */
export interface UnlinkChannelCommand {
  readonly kind: 'unlink_channel';
}

/** "plan a challenge day": opens the planning form, filled in with whatever district and date were named. */
export interface PlanChallengeDayCommand {
  readonly kind: 'plan_challenge_day';
  readonly districtId?: District['_id'];
  readonly date?: Date;
}

/** Open a form to record what was found on the day: a case finding, focus-group feedback, visit notes. */
export interface OpenCaptureFormCommand {
  readonly kind: 'open_capture_form';
  readonly form: 'case-finding' | 'focus-group' | 'observed-visit';
  readonly districtId?: District['_id'];
}

/** "performance for Erewash this quarter", "county performance 2026", "compare districts this year". */
export interface PerformanceFiguresQuery {
  readonly kind: 'performance_figures';
  readonly scope: FiguresScope;
  readonly period: FiguresPeriod;
}

/**
 * "when is the next Challenge Day in Chesterfield?", "who is on the audit team for the next one?", "how did
 * the last Challenge Day in Erewash go?". No district means the county's next (or last) day.
 */
export interface ChallengeDayQuery {
  readonly kind: 'challenge_day';
  readonly which: 'next' | 'last';
  /** When it is; who audits on it; what it found (counts only, never a case's detail). */
  readonly about: 'when' | 'audit_team' | 'outcome';
  readonly districtId?: District['_id'];
}

/** "what is waiting for my approval?": the date requests, completions and reports the asker may decide. */
export interface AwaitingMyDecisionQuery {
  readonly kind: 'awaiting_my_decision';
}

/** "how many actions are overdue across the county?": the number of actions an actions question finds. */
export interface CountActionsQuery {
  readonly kind: 'count_actions';
  readonly actions: ActionsQuery;
}

/** "who owns the most overdue actions?": the owners with most overdue actions, in the asker's districts. */
export interface TopOverdueOwnersQuery {
  readonly kind: 'top_overdue_owners';
  readonly districtId?: District['_id'];
  /** "top 3": how many owners to name; absent means the default. */
  readonly limit?: number;
}

/**
 * "recurring themes in Erewash", "themes this year": the learning themes of the Challenge Days in a period
 * (calendar dates, `until` not included), by count and trend. No district means every district the asker may see.
 */
export interface ThemesQuery {
  readonly kind: 'themes';
  readonly districtId?: District['_id'];
  readonly period: { readonly from: Date; readonly until: Date; readonly label: string };
}

/**
 * The answer to a question the parser could not turn into a query: never silence, never an error.
 * `understood` says in plain words what it did understand; `suggestions` are up to three full questions the
 * person can ask with a press, each of which the parser understands.
 */
export interface UnclearQuestion {
  readonly kind: 'unclear';
  readonly understood: string;
  readonly suggestions: readonly string[];
}

/** Someone the parser may recognise as an action owner. */
export interface KnownPerson {
  readonly id: string;
  readonly displayName: string;
}

/** Everything the parser knows besides the message; it reads no clock and no database. */
export interface QuestionContext {
  readonly now: Date;
  readonly districts: readonly District[];
  readonly people: readonly KnownPerson[];
  /** The person asking, for "my actions" and "me". */
  readonly askerId: string;
}
