import type { App } from '@slack/bolt';
import { publishHome } from './publish-home.js';
import type { SlackListenerDeps } from './slack-bot-deps.js';

/** App Home, published afresh each time the person opens it (and after each step they take: publish-home.ts). */
export function registerAppHome(app: App, deps: SlackListenerDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    // The same event comes when the Messages tab is opened: nothing to show there.
    if (event.tab === 'messages') return;
    // Opening App Home is writing to the bot: someone registered by email is linked now, a stranger is told why.
    const who = await deps.recognise(event.user);
    if (who.ok) {
      const identity = { platform: 'slack' as const, platformUserId: event.user };
      await deps.interactions.stores.personIdentities.noteHomeOpened(identity, deps.interactions.now());
    }
    await publishHome(client, deps.interactions, event.user, who);
  });
}
