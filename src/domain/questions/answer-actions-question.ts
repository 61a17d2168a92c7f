import type { ActionFinder, ActionPage, ActionSearch } from '../action/action-search.js';
import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import { mayDecideNewDates, mayListActionsIn } from '../action/permissions.js';
import { hasRole, type Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { londonCalendarDate } from '../shared/london-time.js';
import { actionStatusesFor, type ActionsQuery } from './query.js';

export interface ActionsAnswerPorts extends ActionFinder {
  latestChallengeDay(districtId: string, onOrBefore: Date): Promise<ChallengeDay | null>;
  challengeDayOn(districtId: string, date: Date): Promise<ChallengeDay | null>;
}

/** An actions question after the channel has turned a mention into a person (or found no one). */
export type ResolvedActionsQuery = Omit<ActionsQuery, 'owner'> & {
  readonly ownerId?: string;
  /** The people of the asker's team, for "my team's actions". */
  readonly ownerIds?: readonly string[];
};

export const ACTIONS_PAGE_SIZE = 10;

/**
 * Answers "show overdue actions for district X" and the like, a page at a time, showing only what the
 * asker may see: QA managers see every district; everyone else the districts they work in, and their own
 * actions wherever they are.
 */
export async function answerActionsQuestion(
  ports: ActionsAnswerPorts,
  query: ResolvedActionsQuery,
  actor: Actor,
  now: Date,
  page = 0,
): Promise<Outcome<ActionPage & { page: number; pageSize: number; challengeDay?: ChallengeDay }>> {
  const asked = await actionSearchFor(ports, query, actor, now);
  if (!asked.ok) return asked;
  const { search, challengeDay } = asked.value;
  const found = await ports.searchActions(search, { skip: page * ACTIONS_PAGE_SIZE, limit: ACTIONS_PAGE_SIZE });
  return succeed({ ...found, page, pageSize: ACTIONS_PAGE_SIZE, ...(challengeDay ? { challengeDay } : {}) });
}

/** "how many actions are overdue across the county?": how many actions the question finds that the asker may see. */
export async function countActions(
  ports: ActionsAnswerPorts,
  query: ResolvedActionsQuery,
  actor: Actor,
  now: Date,
): Promise<Outcome<{ total: number; challengeDay?: ChallengeDay }>> {
  const asked = await actionSearchFor(ports, query, actor, now);
  if (!asked.ok) return asked;
  const total = await ports.countActions(asked.value.search);
  return succeed({ total, ...(asked.value.challengeDay ? { challengeDay: asked.value.challengeDay } : {}) });
}

/** The search a question means, scoped to what the asker may see, or why they may not ask it. */
async function actionSearchFor(
  ports: ActionsAnswerPorts,
  query: ResolvedActionsQuery,
  actor: Actor,
  now: Date,
): Promise<Outcome<{ search: ActionSearch; challengeDay?: ChallengeDay }>> {
  const countyWide = hasRole(actor, 'qa_manager');
  if (query.state === 'date_requested') {
    const allowed = mayDecideNewDates(actor);
    if (!allowed.ok) return allowed;
  }
  const ownOnly = query.ownerId === actor.id;
  if (query.districtId && !ownOnly) {
    const allowed = mayListActionsIn(actor, query.districtId);
    if (!allowed.ok) return allowed;
  }
  const districtIds = query.districtId ? [query.districtId] : countyWide || ownOnly ? undefined : actor.districtIds;

  let challengeDay: ChallengeDay | undefined;
  if (query.challengeDay) {
    if (!query.districtId) return refuse('invalid_input', 'Say which district’s Challenge Day you mean.');
    const found =
      query.challengeDay.which === 'last'
        ? await ports.latestChallengeDay(query.districtId, now)
        : await ports.challengeDayOn(query.districtId, query.challengeDay.date);
    if (!found) return refuse('not_found', 'There is no Challenge Day like that in this district yet.');
    challengeDay = found;
  }

  const search: ActionSearch = {
    ...(districtIds ? { districtIds } : {}),
    ...(query.ownerId ? { ownerId: query.ownerId } : {}),
    ...(query.ownerIds ? { ownerIds: query.ownerIds } : {}),
    ...(query.state === 'date_requested' ? { dateRequestedNotBy: actor.id } : {}),
    ...(challengeDay ? { challengeDayId: challengeDay._id } : {}),
    statuses: actionStatusesFor(query.state),
    ...(query.state === 'overdue' ? { dueBefore: londonCalendarDate(now) } : {}),
    ...(query.due ? { dueFrom: query.due.from, dueTo: query.due.to } : {}),
  };
  return succeed({ search, ...(challengeDay ? { challengeDay } : {}) });
}
