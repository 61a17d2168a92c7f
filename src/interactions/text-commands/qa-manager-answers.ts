import { actorFor, hasRole } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { failedDeliveriesReceipt } from '../present/failed-deliveries-card.js';
import type { Reply } from '../reply.js';

/**
 * "show failed deliveries": the conversations the bot can no longer post to (the bot was removed, the
 * channel archived), then the messages the outbox gave up on, each with its reason, newest first.
 */
export async function failedDeliveries(deps: InteractionDeps, person: Person, now: Date): Promise<Reply> {
  if (!hasRole(actorFor(person), 'qa_manager'))
    throw new DomainError('not_allowed', 'Only a QA manager can see failed deliveries.');
  const broken = await deps.stores.conversationLinks.brokenLinks(10);
  const failed = await deps.stores.outbox.failedDeliveries(20 - broken.length);
  return failedDeliveriesReceipt(deps.stores, broken, failed, now);
}
