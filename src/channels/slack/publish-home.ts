import type { WebClient } from '@slack/web-api';
import { cardToMessageBlocks } from '../../cards/slack/message-blocks.js';
import { SLACK_LIMITS } from '../../cards/slack/slack-limits.js';
import type { Person } from '../../domain/people/person.js';
import { succeed, type Outcome } from '../../domain/shared/domain-error.js';
import type { InteractionDeps } from '../../interactions/interaction-deps.js';
import { appHomeCard } from '../../interactions/present/app-home-card.js';
import type { SlackListenerDeps } from './slack-bot-deps.js';

/** How a question is asked in Slack. */
const askInSlack = (question: string) => `/challenge ${question}`;

/**
 * Publishes a person's App Home as it stands now (views.publish replaces it whole), with `notice` at the top:
 * what their last step there did, or why it was refused — a home has no message to answer on. Someone the
 * bot cannot act for reads why instead.
 */
export async function publishHome(
  client: WebClient,
  deps: InteractionDeps,
  slackUserId: string,
  who: Outcome<Person>,
  notice = '',
): Promise<void> {
  if (!who.ok) return publishHomeMessage(client, slackUserId, who.error.userMessage);
  const card = await appHomeCard(deps, who.value, { notice, ask: askInSlack });
  await client.views.publish({
    user_id: slackUserId,
    view: { type: 'home', blocks: cardToMessageBlocks(card, SLACK_LIMITS.homeBlocks) },
  });
}

/**
 * App Home as one message only: for someone the bot cannot act for (who to ask), or when their step failed
 * before anything could be read (the database did not answer) — the whole home is shown again when they next
 * open it.
 */
export async function publishHomeMessage(client: WebClient, slackUserId: string, message: string): Promise<void> {
  await client.views.publish({
    user_id: slackUserId,
    view: { type: 'home', blocks: [{ type: 'section', text: { type: 'plain_text', text: message } }] },
  });
}

/**
 * After a step the person took elsewhere (a message, a modal), their App Home is published again so it
 * shows the step when they next open it — if they have ever opened it: opening it publishes a fresh home
 * anyway, and building a home for each of 800 people who never look at it would cost every step a home's
 * reads and a Slack call. They have been answered already: a failure here is only logged.
 */
export async function refreshHome(
  client: WebClient,
  deps: SlackListenerDeps,
  slackUserId: string,
  person: Person,
): Promise<void> {
  try {
    const identity = { platform: 'slack' as const, platformUserId: slackUserId };
    if (!(await deps.interactions.stores.personIdentities.hasOpenedHome(identity))) return;
    await publishHome(client, deps.interactions, slackUserId, succeed(person));
  } catch (error) {
    deps.lateFailure(error);
  }
}
