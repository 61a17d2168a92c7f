import type { Action } from '../action/action.js';
import { OUTSTANDING_ACTION_STATUSES } from '../action/status.js';
import { mayReadReport } from '../case-detail/permissions.js';
import type { CaseFinding } from '../case-finding/case-finding.js';
import { OFSTED_GRADES, type OfstedGrade } from '../case-finding/grades.js';
import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import { mayKnowOfDay, whoCanAskAbout, type DayHelpers } from '../challenge-day/day-refusal.js';
import { mayAskAboutDaysIn } from '../challenge-day/permissions.js';
import type { Actor } from '../people/actor.js';
import type { Report, ReportStatus } from '../reports/report.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { londonCalendarDate } from '../shared/london-time.js';
import type { ChallengeDayQuery } from './query.js';

export interface ChallengeDayAnswerPorts {
  /** Days not yet over from this instant, soonest first. */
  upcoming(from: Date): Promise<ChallengeDay[]>;
  latestForDistrict(districtId: string, onOrBefore: Date): Promise<ChallengeDay | null>;
  /** The county's districts still in use, for "the last Challenge Day" asked of the whole county. */
  districtIds(): Promise<string[]>;
  reportFor(challengeDayId: string): Promise<Report | null>;
  findingsOf(challengeDayId: string): Promise<CaseFinding[]>;
  actionsOf(challengeDayId: string): Promise<Action[]>;
  dayHelpers(day: ChallengeDay): Promise<DayHelpers>;
}

/** What a day found, in counts only: never a case's detail. */
export interface DayOutcome {
  readonly findingCount: number;
  /** Cases per overall grade, a moderated grade counting instead of the auditor's. */
  readonly overallGrades: Readonly<Record<OfstedGrade, number>>;
  readonly actionsRaised: number;
  readonly actionsOpen: number;
  readonly reportStatus: ReportStatus | 'none';
}

export type ChallengeDayAnswer =
  | { readonly about: 'when' | 'audit_team'; readonly day: ChallengeDay }
  | { readonly about: 'outcome'; readonly day: ChallengeDay; readonly outcome: DayOutcome };

/**
 * Answers "when is the next Challenge Day in Chesterfield?", "who is on its audit team?" and "how did the
 * last one go?" with the day the asker may know of (they had, or would have, its 48-hour notice). What a
 * day found is told only to those who may read its report, so before a senior manager verifies it only
 * QA managers (and, once submitted, senior managers) hear it; the others are told why and whom to ask.
 */
export async function answerChallengeDayQuestion(
  ports: ChallengeDayAnswerPorts,
  query: ChallengeDayQuery,
  actor: Actor,
  now: Date,
): Promise<Outcome<ChallengeDayAnswer>> {
  if (query.districtId) {
    const allowed = mayAskAboutDaysIn(actor, query.districtId);
    if (!allowed.ok) return allowed;
  }
  const day = await askedDay(ports, query, actor, now);
  if (!day) {
    return refuse(
      'not_found',
      `${query.which === 'next' ? 'No Challenge Day is planned' : 'No Challenge Day has been held'} ${
        query.districtId ? 'there yet' : 'yet in the districts you take part in'
      }.`,
    );
  }
  if (query.about !== 'outcome') return succeed({ about: query.about, day });
  const report = await ports.reportFor(day._id);
  if (!report || !mayReadReport(actor, report, day)) {
    return refuse('not_allowed', outcomeNotYours(report, await ports.dayHelpers(day)));
  }
  const [findings, actions] = await Promise.all([ports.findingsOf(day._id), ports.actionsOf(day._id)]);
  return succeed({ about: 'outcome', day, outcome: dayOutcome(findings, actions, report) });
}

async function askedDay(
  ports: ChallengeDayAnswerPorts,
  query: ChallengeDayQuery,
  actor: Actor,
  now: Date,
): Promise<ChallengeDay | null> {
  const known = (day: ChallengeDay | null): day is ChallengeDay =>
    day !== null && mayKnowOfDay(actor, day) && (!query.districtId || day.districtId === query.districtId);
  if (query.which === 'next') {
    // A day started today is still "the next" until it is over.
    return (await ports.upcoming(londonCalendarDate(now))).find(known) ?? null;
  }
  const districtIds = query.districtId ? [query.districtId] : await ports.districtIds();
  const latest = await Promise.all(districtIds.map((id) => ports.latestForDistrict(id, londonCalendarDate(now))));
  const held = latest.filter(known).filter((day) => day.status !== 'planned');
  return held.sort((a, b) => b.date.getTime() - a.date.getTime())[0] ?? null;
}

/** Why the asker may not hear what a day found yet, and who can tell them. */
function outcomeNotYours(report: Report | null, helpers: DayHelpers): string {
  if (report?.status === 'approved') {
    return `What that Challenge Day found is in its report, which is not shared with you. ${whoCanAskAbout(helpers)}`;
  }
  return `What that Challenge Day found is shared once a senior manager has verified its report${report ? '' : ', which is not written yet'}. ${whoCanAskAbout(helpers)}`;
}

/** The counts of what a day found: grades by case (moderated where moderated), actions raised and still open. */
export function dayOutcome(
  findings: readonly CaseFinding[],
  actions: readonly Action[],
  report: Report | null,
): DayOutcome {
  const overallGrades = Object.fromEntries(OFSTED_GRADES.map((grade) => [grade, 0])) as Record<OfstedGrade, number>;
  for (const finding of findings) overallGrades[finding.moderation?.overallGrade ?? finding.overallGrade] += 1;
  const open = new Set<string>(OUTSTANDING_ACTION_STATUSES);
  return {
    findingCount: findings.length,
    overallGrades,
    actionsRaised: actions.length,
    actionsOpen: actions.filter((action) => open.has(action.status)).length,
    reportStatus: report?.status ?? 'none',
  };
}
