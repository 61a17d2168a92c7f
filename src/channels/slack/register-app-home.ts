import type { App } from '@slack/bolt';
import { cardToMessageBlocks } from '../../cards/slack/message-blocks.js';
import { seesDistrictOverdueActions } from '../../domain/action/permissions.js';
import type { ConversationLink } from '../../domain/links/conversation-link.js';
import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { handleText } from '../../interactions/handle-text.js';
import type { InteractionDeps } from '../../interactions/interaction-deps.js';
import { conversationLinkId } from '../../store/conversation-links.js';
import type { SlackListenerDeps } from './slack-bot-deps.js';

/** Slack shows at most 100 blocks in a view. */
const MAX_HOME_BLOCKS = 100;

/** App Home, published afresh each time the person opens it. */
export function registerAppHome(app: App, deps: SlackListenerDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    // Opening App Home is writing to the bot: someone registered by email is linked now, a stranger is told why.
    const who = await deps.recognise(event.user);
    const home = who.ok
      ? await appHomeBlocks(deps.interactions, who.value)
      : [{ type: 'section', text: { type: 'plain_text', text: who.error.userMessage } }];
    await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: home } });
  });
}

/** The person's own outstanding actions, and for those who oversee districts their overdue actions. */
async function appHomeBlocks(deps: InteractionDeps, person: Person) {
  // App Home is not a conversation the bot posts to, so it is not remembered as one.
  const conversation: ConversationLink = {
    _id: conversationLinkId('slack', `app-home-${person._id}`),
    platform: 'slack',
    conversationId: `app-home-${person._id}`,
    kind: 'personal',
    address: {},
    status: 'active',
    updatedAt: deps.now(),
  };
  const questions = ['my actions'];
  if (seesDistrictOverdueActions(actorFor(person))) questions.push('overdue actions');
  const blocks = [];
  for (const text of questions) {
    const reply = await handleText(deps, { person, text, conversation });
    blocks.push(...cardToMessageBlocks(reply.card), { type: 'divider' });
  }
  return blocks.slice(0, MAX_HOME_BLOCKS);
}
