import type { Block } from './block-kit.js';
import { actionActions } from './card-actions.js';
import { inputsOf, listOf, textOf, type CardElement } from './card-elements.js';
import { context, displayBlocks } from './display-blocks.js';
import { mergeAdjacentSections } from './merge-sections.js';
import { fitList, SLACK_LIMITS } from './slack-limits.js';

const PREFILL_VALUE_LENGTH = 200;

/**
 * An expanded Adaptive Card as the blocks of a Slack message (or of a view such as App Home, which holds more
 * blocks). Inputs are not shown in a message: when the card has any, its buttons open it as a modal
 * (modal-view.ts), so a form is filled in the same way on both.
 */
export function cardToMessageBlocks(card: CardElement, maxBlocks: number = SLACK_LIMITS.messageBlocks): Block[] {
  const inputs = inputsOf(card);
  const opensForm = inputs.length > 0;
  const prefill = filledIn(inputs);
  let actionSetCount = 0;
  const convert = (element: CardElement): Block[] => {
    const type = textOf(element, 'type');
    if (type.startsWith('Input.')) return [];
    if (type === 'ActionSet') return actionActions(listOf(element, 'actions'), opensForm, actionSetCount++, prefill);
    return displayBlocks(element, convert);
  };
  const blocks = listOf(card, 'body').flatMap(convert);
  blocks.push(...actionActions(listOf(card, 'actions'), opensForm, actionSetCount++, prefill));
  return fitList(mergeAdjacentSections(blocks), maxBlocks, (count) =>
    context(`and ${count} more parts of this card — open it in Teams to see them all.`),
  );
}

/** Short values the card's inputs were filled in with, so the modal the buttons open starts the same. */
function filledIn(inputs: readonly CardElement[]): Record<string, string> {
  return Object.fromEntries(
    inputs.flatMap((input) => {
      const id = textOf(input, 'id');
      const value = textOf(input, 'value');
      const isDefaultToggle = textOf(input, 'type') === 'Input.Toggle' && value === 'false';
      return id && value && value.length <= PREFILL_VALUE_LENGTH && !isDefaultToggle ? [[id, value]] : [];
    }),
  );
}
