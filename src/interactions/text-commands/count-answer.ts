import { actorFor, hasRole } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { countActions } from '../../domain/questions/answer-actions-question.js';
import type { CountActionsQuery } from '../../domain/questions/query.js';
import { listOf } from '../../domain/questions/unclear.js';
import { succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { answer } from '../present/message-cards.js';
import type { Reply } from '../reply.js';
import { actionsAnswerPorts, headingFor, resolveOwner } from './actions-answer.js';
import type { TextMessage } from './text-message.js';

/**
 * "how many actions are overdue across the county?", "how many open actions in Erewash": how many actions
 * the question finds among those the asker may see, and over which districts it counted.
 */
export async function answerCount(
  deps: InteractionDeps,
  message: TextMessage,
  query: CountActionsQuery,
  now: Date,
): Promise<Outcome<Reply>> {
  const resolved = await resolveOwner(deps, query.actions);
  if (!resolved.ok) return resolved;
  const found = await countActions(actionsAnswerPorts(deps), resolved.value, actorFor(message.person), now);
  if (!found.ok) return found;
  const heading = await headingFor(deps, query.actions, found.value.challengeDay?.date);
  return succeed(
    answer(
      `${heading}: ${found.value.total}`,
      [],
      'To see them, each with its buttons, ask the same without “how many”.',
      await countedOver(deps, message.person, query),
    ),
  );
}

/** "Across the county", "In Chesterfield and Bolsover, where you work", or "" when the question named one. */
async function countedOver(deps: InteractionDeps, person: Person, query: CountActionsQuery): Promise<string> {
  const { actions } = query;
  if (actions.districtId) return '';
  if (actions.owner?.kind === 'person' && actions.owner.personId === person._id) return 'Wherever they are';
  if (hasRole(actorFor(person), 'qa_manager')) return 'Across the county';
  const districts = await Promise.all(person.districtIds.map((id) => deps.stores.districts.findById(id)));
  const names = districts.flatMap((district) => (district ? [district.name] : []));
  return names.length > 0 ? `In ${listOf(names, 'and')}, where you work` : '';
}
