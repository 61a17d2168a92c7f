import { describe, expect, it } from 'vitest';
import { renderCard } from '../../../src/cards/render-card.js';
import { cardToMessageBlocks } from '../../../src/cards/slack/message-blocks.js';
import { SLACK_LIMITS } from '../../../src/cards/slack/slack-limits.js';
import { LARGEST_CARD_DATA } from '../support/largest-card-data.js';

describe('App Home in Slack', () => {
  it('holds every list at its limit, with its buttons, inside the 100 blocks of a view and without cutting anything', () => {
    const blocks = cardToMessageBlocks(renderCard('app-home', LARGEST_CARD_DATA['app-home']), SLACK_LIMITS.homeBlocks);

    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.homeBlocks);
    expect(JSON.stringify(blocks)).not.toContain('more parts of this card');
    expect(blocks.filter((block) => block.type === 'actions')).toHaveLength(
      LARGEST_CARD_DATA['app-home'].yourActions.length + LARGEST_CARD_DATA['app-home'].decisions.length,
    );
    expect(JSON.stringify(blocks.at(-1))).toContain('and 40 more after these');
  });
});
