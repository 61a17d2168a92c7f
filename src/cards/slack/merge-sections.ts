import type { Block } from './block-kit.js';
import { SLACK_LIMITS } from './slack-limits.js';

/**
 * Joins text sections that follow one another (a heading and its bullet lines) into one section while they
 * fit, so a long card spends Slack's block allowance on structure rather than on lines.
 */
export function mergeAdjacentSections(blocks: readonly Block[]): Block[] {
  const merged: Block[] = [];
  for (const block of blocks) {
    const previous = merged.at(-1);
    if (
      previous?.type === 'section' &&
      'text' in previous &&
      block.type === 'section' &&
      'text' in block &&
      previous.text.text.length + 1 + block.text.text.length <= SLACK_LIMITS.sectionText
    ) {
      merged[merged.length - 1] = {
        type: 'section',
        text: { type: 'mrkdwn', text: `${previous.text.text}\n${block.text.text}` },
      };
    } else {
      merged.push(block);
    }
  }
  return merged;
}
