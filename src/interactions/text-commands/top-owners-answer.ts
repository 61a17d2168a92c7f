import { actorFor, hasRole } from '../../domain/people/actor.js';
import { answerTopOverdueOwners } from '../../domain/questions/answer-top-owners-question.js';
import type { TopOverdueOwnersQuery } from '../../domain/questions/query.js';
import { succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { answer } from '../present/message-cards.js';
import type { Reply } from '../reply.js';
import type { TextMessage } from './text-message.js';

/**
 * "who owns the most overdue actions?": for managers, the people holding most overdue actions where they
 * manage, by name with how many each. Names and counts only, never what an action says.
 */
export async function answerTopOwners(
  deps: InteractionDeps,
  message: TextMessage,
  query: TopOverdueOwnersQuery,
  now: Date,
): Promise<Outcome<Reply>> {
  const actor = actorFor(message.person);
  const found = await answerTopOverdueOwners(
    {
      overdueCountsByOwner: (districtIds, dueBefore, limit) =>
        deps.stores.actions.overdueCountsByOwner(districtIds, dueBefore, limit),
    },
    query,
    actor,
    now,
  );
  if (!found.ok) return found;
  const { owners } = found.value;
  const people = new Map(
    (await deps.stores.people.findByIds(owners.map((owner) => owner.ownerId))).map((person) => [person._id, person]),
  );
  const district = query.districtId ? await deps.stores.districts.findById(query.districtId) : null;
  const where = district
    ? `in ${district.name}`
    : hasRole(actor, 'qa_manager')
      ? 'across the county'
      : 'in the districts you work in';
  return succeed(
    answer(
      `Most overdue actions ${where}`,
      owners.map((owner) => ({
        title: people.get(owner.ownerId)?.displayName ?? 'Someone no longer registered',
        value: owner.count === 1 ? '1 overdue action' : `${owner.count} overdue actions`,
      })),
      owners.length === 0 ? 'No action is overdue there.' : '',
      owners.length === 0 ? '' : `The ${owners.length === 1 ? 'owner' : `${owners.length} owners`} with most`,
    ),
  );
}
