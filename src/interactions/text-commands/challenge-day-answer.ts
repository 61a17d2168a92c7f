import type { Fact } from '../../cards/card-data.js';
import { displayDate, displayDateTime } from '../../cards/display-time.js';
import { auditSiteOf, auditTeamLabel, hasMatAuditTeam } from '../../domain/challenge-day/audit-site-of.js';
import { auditorIdsOf, type ChallengeDay, type ChallengeDayStatus } from '../../domain/challenge-day/challenge-day.js';
import type { Person } from '../../domain/people/person.js';
import { actorFor } from '../../domain/people/actor.js';
import { answerChallengeDayQuestion, type DayOutcome } from '../../domain/questions/answer-challenge-day-question.js';
import type { ChallengeDayQuery } from '../../domain/questions/query.js';
import { gradeCountsText } from '../../domain/reports/summarise-day.js';
import { succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { dayHelpersOf } from '../present/day-refusal.js';
import { answer } from '../present/message-cards.js';
import type { Reply } from '../reply.js';
import type { TextMessage } from './text-message.js';

const DAY_STATE: Record<ChallengeDayStatus, string> = {
  planned: 'Planned; its 48-hour notice has not gone out yet',
  announced: 'Announced',
  in_progress: 'Under way',
  report_drafted: 'Held; its report is being written',
  verified: 'Held; its report is verified',
  circulated: 'Held; its report has been sent out',
  closed: 'Closed: every action from it is done',
  cancelled: 'Cancelled',
};

const REPORT_STATE: Record<DayOutcome['reportStatus'], string> = {
  none: 'Not written yet',
  draft: 'Being written by the QA manager',
  submitted: 'Waiting for a senior manager to verify it',
  approved: 'Verified',
};

/**
 * "when is the next Challenge Day in Chesterfield?", "who is on its audit team?", "how did the last one go?":
 * the day, its auditors by name, or what it found in counts (never a case's detail), as the asker may know it.
 */
export async function answerChallengeDay(
  deps: InteractionDeps,
  message: TextMessage,
  query: ChallengeDayQuery,
  now: Date,
): Promise<Outcome<Reply>> {
  const { stores } = deps;
  const found = await answerChallengeDayQuestion(
    {
      upcoming: (from) => stores.challengeDays.upcoming(from),
      latestForDistrict: (districtId, onOrBefore) => stores.challengeDays.latestForDistrict(districtId, onOrBefore),
      districtIds: async () => (await stores.districts.active()).map((district) => district._id),
      reportFor: (dayId) => stores.reports.forChallengeDay(dayId),
      findingsOf: (dayId) => stores.caseFindings.forChallengeDay(dayId),
      actionsOf: (dayId) => stores.actions.forChallengeDay(dayId),
      dayHelpers: dayHelpersOf(stores),
    },
    query,
    actorFor(message.person),
    now,
  );
  if (!found.ok) return found;
  const { day } = found.value;
  const district = (await stores.districts.findById(day.districtId))?.name ?? 'its district';
  const title = `${query.which === 'next' ? 'Next' : 'Last'} Challenge Day in ${district}`;
  switch (found.value.about) {
    case 'when':
      return succeed(answer(title, dayFacts(day, district)));
    case 'audit_team': {
      const auditors = await stores.people.findByIds(auditorIdsOf(day));
      return succeed(
        answer(
          `Audit team for the ${query.which} Challenge Day in ${district}`,
          auditors.map((auditor) => ({ title: auditor.displayName, value: auditorPlace(day, auditor) })),
          auditors.length === 0 ? 'Nobody is on its audit team yet.' : '',
          displayDateTime(day.startsAt),
        ),
      );
    }
    case 'outcome':
      return succeed(
        answer(
          `What the Challenge Day in ${district} on ${displayDate(day.date)} found`,
          outcomeFacts(found.value.outcome),
          'Counts only: the report has what was found case by case, for those who may read it.',
        ),
      );
  }
}

function dayFacts(day: ChallengeDay, district: string): Fact[] {
  return [
    { title: 'When', value: displayDateTime(day.startsAt) },
    { title: 'Where', value: `${district}: ${day.sites.district}; ${day.matLocality}: ${day.sites.mat}` },
    { title: 'Focus', value: day.focusAreas.join('; ') },
    { title: 'State', value: DAY_STATE[day.status] },
  ];
}

function outcomeFacts(outcome: DayOutcome): Fact[] {
  return [
    { title: 'Cases audited', value: String(outcome.findingCount) },
    { title: 'Overall grades', value: gradeCountsText(outcome.overallGrades) },
    { title: 'Actions raised', value: `${outcome.actionsRaised} (${outcome.actionsOpen} still open)` },
    { title: 'Report', value: REPORT_STATE[outcome.reportStatus] },
  ];
}

/** An auditor's team in the service and, on a day with two audit teams, which one they audit with. */
function auditorPlace(day: ChallengeDay, auditor: Person): string {
  const site = auditSiteOf(day, auditor._id);
  if (!hasMatAuditTeam(day) || !site) return auditor.teamName ?? '';
  return [auditTeamLabel(site), auditor.teamName].filter(Boolean).join(' · ');
}
