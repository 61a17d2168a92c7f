import type { ConversationLink, Platform } from '../links/conversation-link.js';
import type { PlatformIdentity } from '../people/platform-identity.js';

/**
 * One way a personal message reaches its person on one platform: through the personal chat the bot already
 * has with them, or by opening one with their platform identity (the person never wrote to the bot).
 */
export type PersonRoute =
  | { readonly kind: 'chat'; readonly platform: Platform; readonly link: ConversationLink }
  | { readonly kind: 'open'; readonly platform: Platform; readonly platformUserId: string };

/**
 * The routes of a personal message: on every platform the person is known on, their personal chat there, or
 * else a chat to open with their identity there. Empty when the bot has no way to reach them at all (no
 * identity on any platform and no chat): the message then fails with that reason instead of going nowhere.
 */
export function routesToPerson(
  identities: readonly PlatformIdentity[],
  personalChats: readonly ConversationLink[],
): PersonRoute[] {
  const routes: PersonRoute[] = personalChats
    .filter((link) => link.kind === 'personal' && link.status === 'active')
    .map((link) => ({ kind: 'chat', platform: link.platform, link }));
  const reached = new Set(routes.map((route) => route.platform));
  for (const { platform, platformUserId } of identities) {
    if (!reached.has(platform)) routes.push({ kind: 'open', platform, platformUserId });
  }
  return routes;
}
