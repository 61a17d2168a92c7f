import type { Stores } from '../store/stores.js';
import { personRoutes, routeFields } from './queue-deliveries.js';

/** How many such failures one tick looks at; they are few (people registered by name only). */
const AT_MOST = 100;

/**
 * Messages that failed because the bot knew no account of their person are sent once one is registered on
 * their record: each goes by the person's first way now (their chat, or a chat opened with the new identity).
 * Run on every tick before the outbox run, since registering an identity is not something the bot is told of.
 * Returns how many were sent on.
 */
export async function retryNewlyIdentified(
  stores: Pick<Stores, 'outbox' | 'people' | 'conversationLinks'>,
  now: Date,
): Promise<number> {
  let rerouted = 0;
  for (const entry of await stores.outbox.failedForWantOfIdentity(AT_MOST)) {
    if (!entry.personId) continue;
    const [route] = await personRoutes(stores, entry.personId);
    if (!route) continue;
    await stores.outbox.reroute(entry._id, { platform: route.platform, ...routeFields(route) }, now);
    rerouted += 1;
  }
  return rerouted;
}
