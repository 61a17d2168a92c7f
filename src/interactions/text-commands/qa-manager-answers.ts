import { succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { mayReadFailedDeliveries } from '../../domain/notifications/permissions.js';
import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { failedDeliveriesReceipt } from '../present/failed-deliveries-card.js';
import type { Reply } from '../reply.js';

/**
 * "show failed deliveries": the conversations the bot can no longer post to (the bot was removed, the
 * channel archived), then the messages the outbox gave up on, each with its reason, newest first.
 */
export async function failedDeliveries(deps: InteractionDeps, person: Person, now: Date): Promise<Outcome<Reply>> {
  const allowed = mayReadFailedDeliveries(actorFor(person));
  if (!allowed.ok) return allowed;
  const broken = await deps.stores.conversationLinks.brokenLinks(10);
  const failed = await deps.stores.outbox.failedDeliveries(20 - broken.length);
  return succeed(await failedDeliveriesReceipt(deps.stores, broken, failed, now));
}
