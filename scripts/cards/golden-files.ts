import { join } from 'node:path';
import { cardsDirectory } from '../../src/cards/card-templates.js';
import type { CardRendering } from './card-renderings.js';

/** Where the golden files live: test/cards/golden, beside the test that checks them. */
export const goldenDirectory = () => join(cardsDirectory(), '..', 'test', 'cards', 'golden');

/** Each sample card's golden files: the Teams card, the Slack message and, for a form, the Slack modal. */
export function goldenFiles(rendering: CardRendering): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    [`${rendering.key}.teams.json`]: json(rendering.teams),
    [`${rendering.key}.slack-message.json`]: json(rendering.slackMessage),
    ...(rendering.slackModal ? { [`${rendering.key}.slack-modal.json`]: json(rendering.slackModal) } : {}),
  };
}
