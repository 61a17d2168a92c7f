import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { CardJson } from '../../cards/card-templates.js';

/**
 * Answers an Action.Execute invoke with a card for the person who pressed or refreshed, and nobody else.
 * teams-ai, left to answer with a card that has a `refresh`, would also replace the posted message with it
 * for everyone; the bot decides that itself (replaceCard), so it answers the invoke here.
 */
export async function answerWithCard(context: TurnContext, card: CardJson): Promise<void> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } },
  });
}

/** Answers a refresh that could not be worked out: Teams keeps showing the card it has. */
export async function answerWithError(context: TurnContext, message: string): Promise<void> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: {
      status: 200,
      body: {
        statusCode: 500,
        type: 'application/vnd.microsoft.error',
        value: { code: 'ServiceUnavailable', message },
      },
    },
  });
}
