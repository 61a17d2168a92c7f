import { actorFor } from '../../domain/people/actor.js';
import {
  answerActionsQuestion,
  type ActionsAnswerPorts,
  type ResolvedActionsQuery,
} from '../../domain/questions/answer-actions-question.js';
import type { ActionsQuery } from '../../domain/questions/query.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { formatCalendarDate } from '../../domain/shared/london-time.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { answerViewers } from '../present/answer-viewers.js';
import { queryResultCard } from '../present/query-result-card.js';
import type { Reply } from '../reply.js';
import type { TextMessage } from './text-message.js';
import { teamMembersOf } from './team-members.js';

/** "show overdue actions for High Peak", "my actions": the actions asked about that the person may see, a page at a time. */
export async function answerActions(
  deps: InteractionDeps,
  message: TextMessage,
  query: ActionsQuery,
  now: Date,
  page: number,
): Promise<Outcome<Reply>> {
  const resolved = await resolveOwner(deps, query);
  if (!resolved.ok) return resolved;
  const found = await answerActionsQuestion(
    actionsAnswerPorts(deps),
    resolved.value,
    actorFor(message.person),
    now,
    page,
  );
  if (!found.ok) return found;
  return succeed(
    await queryResultCard(
      deps.stores,
      { heading: await headingFor(deps, query, found.value.challengeDay?.date), text: message.text },
      found.value,
      actorFor(message.person),
      now,
      await answerViewers(
        deps.stores,
        message.person._id,
        found.value.actions,
        message.conversation.kind !== 'personal',
      ),
    ),
  );
}

/** Where an actions question finds its actions and Challenge Days. */
export function actionsAnswerPorts(deps: InteractionDeps): ActionsAnswerPorts {
  return {
    searchActions: (search, paging) => deps.stores.actions.searchActions(search, paging),
    countActions: (search) => deps.stores.actions.countActions(search),
    latestChallengeDay: (districtId, onOrBefore) => deps.stores.challengeDays.latestForDistrict(districtId, onOrBefore),
    challengeDayOn: (districtId, date) => deps.stores.challengeDays.onDate(districtId, date),
  };
}

/** The question with its owner as people: a mention resolved, "my team" as its members; or why not. */
export async function resolveOwner(deps: InteractionDeps, query: ActionsQuery): Promise<Outcome<ResolvedActionsQuery>> {
  const { owner, ...rest } = query;
  const ownerId = owner?.kind === 'person' ? owner.personId : undefined;
  const ownerIds = owner?.kind === 'team_of' ? await teamMembersOf(deps.stores, owner.personId) : undefined;
  if (owner?.kind === 'unknown_mention') {
    return refuse('not_found', 'I do not know who that is; ask with their full name.');
  }
  if (ownerIds?.length === 0) return refuse('not_found', NO_TEAM);
  return succeed({ ...rest, ...(ownerId ? { ownerId } : {}), ...(ownerIds ? { ownerIds } : {}) });
}

const STATE_WORDS: Record<ActionsQuery['state'], string> = {
  overdue: 'Overdue actions',
  outstanding: 'Outstanding actions',
  awaiting_verification: 'Actions awaiting verification',
  completed: 'Completed actions',
  any: 'Actions',
  date_requested: 'New dates asked for',
};

const NO_TEAM =
  'Nobody is recorded as your team: a person’s line manager is set on their record (“change Helen Ward”), and a team’s manager in “teams in” its district.';

/** What the question asks for, in words: "Overdue actions in High Peak due … to …". */
export async function headingFor(
  deps: InteractionDeps,
  query: ActionsQuery,
  dayDate: Date | undefined,
): Promise<string> {
  const district = query.districtId ? await deps.stores.districts.findById(query.districtId) : null;
  return [
    STATE_WORDS[query.state],
    query.owner?.kind === 'team_of' ? 'of your team' : '',
    district ? `in ${district.name}` : '',
    dayDate ? `from the Challenge Day of ${formatCalendarDate(dayDate)}` : '',
    query.due ? `due ${formatCalendarDate(query.due.from)} to ${formatCalendarDate(query.due.to)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
