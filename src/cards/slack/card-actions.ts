import type { Block } from './block-kit.js';
import { buttonOf, type CardButton, type CardElement } from './card-elements.js';
import { actionBlocks } from './button-elements.js';

/** A list of card actions (an ActionSet's or the card's own) as an actions block. */
export function actionActions(
  actions: readonly CardElement[],
  opensForm: boolean,
  blockIndex: number,
  prefill: Readonly<Record<string, string>> = {},
): Block[] {
  const buttons = actions.map(buttonOf).filter((button): button is CardButton => button !== null);
  return buttons.length > 0 ? actionBlocks(buttons, opensForm, blockIndex, prefill) : [];
}
