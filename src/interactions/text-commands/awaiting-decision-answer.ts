import { displayDate } from '../../cards/display-time.js';
import { actionsAwaitingDecisionBy } from '../../domain/action/awaiting-decision.js';
import { mayAskWhatAwaitsDecision } from '../../domain/action/permissions.js';
import { actorFor } from '../../domain/people/actor.js';
import { ACTIONS_PAGE_SIZE } from '../../domain/questions/answer-actions-question.js';
import { reportsAwaitingVerificationBy } from '../../domain/reports/awaiting-verification.js';
import type { Report } from '../../domain/reports/report.js';
import { succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { answerViewers } from '../present/answer-viewers.js';
import { peopleOfActions } from '../present/people-of-actions.js';
import { queryResultCard } from '../present/query-result-card.js';
import type { Reply } from '../reply.js';
import type { TextMessage } from './text-message.js';

/** How many reports to verify the answer names; a senior manager seldom has more than one or two. */
const REPORTS_NAMED = 3;

/**
 * "what is waiting for my approval?": the new dates and completed actions waiting for this manager's
 * decision (those they were, or would be, sent: awaiting-decision.ts, as on their Slack home page), each
 * with its Approve / Decline or Verify / Reopen buttons, and the reports waiting for them to verify.
 */
export async function answerAwaitingDecision(
  deps: InteractionDeps,
  message: TextMessage,
  now: Date,
  page: number,
): Promise<Outcome<Reply>> {
  const { stores } = deps;
  const actor = actorFor(message.person);
  const allowed = mayAskWhatAwaitsDecision(actor);
  if (!allowed.ok) return allowed;
  const [awaiting, reports] = await Promise.all([
    actionsAwaitingDecisionBy(
      {
        pendingDecisions: (districtIds, limit) => stores.actions.pendingDecisions(districtIds, limit),
        peopleFor: peopleOfActions(stores),
      },
      actor,
      now,
    ),
    stores.reports.awaitingVerification().then((submitted) => reportsAwaitingVerificationBy(submitted, actor)),
  ]);
  const shown = awaiting.slice(page * ACTIONS_PAGE_SIZE, (page + 1) * ACTIONS_PAGE_SIZE);
  return succeed(
    await queryResultCard(
      stores,
      { heading: `Waiting for your decision${await reportsLine(deps, reports)}`, text: message.text },
      { actions: shown, total: awaiting.length, page, pageSize: ACTIONS_PAGE_SIZE },
      actor,
      now,
      await answerViewers(stores, message.person._id, shown, message.conversation.kind !== 'personal'),
    ),
  );
}

/**
 * The reports to verify, in the heading, which is what the answer keeps when it is shown again: ", and the
 * report of Chesterfield's Challenge Day of 3 December 2026 to verify (on the card it was sent on)".
 */
async function reportsLine(deps: InteractionDeps, reports: readonly Report[]): Promise<string> {
  if (reports.length === 0) return '';
  const named = await Promise.all(
    reports.slice(0, REPORTS_NAMED).map(async (report) => {
      const [district, day] = await Promise.all([
        deps.stores.districts.findById(report.districtId),
        deps.stores.challengeDays.findById(report.challengeDayId),
      ]);
      return `${district?.name ?? 'a district'}${day ? ` (${displayDate(day.date)})` : ''}`;
    }),
  );
  const more = reports.length > REPORTS_NAMED ? ` and ${reports.length - REPORTS_NAMED} more` : '';
  const which = reports.length === 1 ? 'the report' : 'the reports';
  return `, and ${which} of ${named.join(', ')}${more} to verify (Approve or Return on the report card you were sent)`;
}
