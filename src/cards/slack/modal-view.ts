import type { Block, ModalView } from './block-kit.js';
import { buttonsOf, inputsOf, isInput, listOf, textOf, type CardElement } from './card-elements.js';
import { context, displayBlocks } from './display-blocks.js';
import { inputBlock, searchedDataset } from './input-blocks.js';
import { plainFromCardMarkdown } from './mrkdwn.js';
import { mergeAdjacentSections } from './merge-sections.js';
import { fitLabel, fitList, SLACK_LIMITS } from './slack-limits.js';

/**
 * What a modal carries through Slack and back: the verb and data of the card button it stands for, how
 * each toggle reads when unticked (Slack sends nothing for an empty checkbox, Teams sends its valueOff),
 * and what each external select searches (by input id), for the bot's options endpoint.
 */
export interface ModalMetadata {
  readonly verb: string;
  readonly data: Record<string, unknown>;
  readonly toggles: Record<string, string>;
  readonly searches?: Record<string, string>;
}

/**
 * A form card as a Slack modal. The modal's submit button is the card button with the given verb (by
 * default the first); the card's other buttons are left out, as a modal has only one. The title defaults to
 * the card's first large heading.
 */
export function cardToModalView(card: CardElement, options: { verb?: string; title?: string } = {}): ModalView {
  const buttons = buttonsOf(card).filter((button) => !button.url);
  const submit = buttons.find((button) => (options.verb ? button.verb === options.verb : true));
  if (!submit) throw new Error(`This card has no button ${options.verb ?? ''} to submit a modal with`);

  const convert = (element: CardElement): Block[] => {
    if (isInput(element)) return [inputBlock(element)];
    if (textOf(element, 'type') === 'ActionSet') return [];
    return displayBlocks(element, convert);
  };
  const blocks = fitList(
    mergeAdjacentSections(listOf(card, 'body').flatMap(convert)),
    SLACK_LIMITS.modalBlocks,
    (count) => context(`and ${count} more parts of this form — open it in Teams to see them all.`),
  );

  const toggles: Record<string, string> = {};
  const searches: Record<string, string> = {};
  for (const input of inputsOf(card)) {
    if (textOf(input, 'type') === 'Input.Toggle') toggles[textOf(input, 'id')] = textOf(input, 'valueOff') || 'false';
    if (searchedDataset(input)) searches[textOf(input, 'id')] = searchedDataset(input);
  }
  const { verb: _verb, ...data } = submit.data;
  const metadata: ModalMetadata = {
    verb: submit.verb,
    data,
    toggles,
    ...(Object.keys(searches).length > 0 ? { searches } : {}),
  };
  const privateMetadata = JSON.stringify(metadata);
  if (privateMetadata.length > SLACK_LIMITS.privateMetadata)
    throw new Error('The form’s context is too big for a Slack modal');

  return {
    type: 'modal',
    callback_id: submit.verb,
    title: {
      type: 'plain_text',
      text: fitLabel(plainFromCardMarkdown(options.title ?? titleOf(card)), SLACK_LIMITS.viewTitle),
    },
    submit: { type: 'plain_text', text: fitLabel(submit.title, SLACK_LIMITS.viewButton) },
    close: { type: 'plain_text', text: 'Cancel' },
    private_metadata: privateMetadata,
    blocks,
  };
}

function titleOf(card: CardElement): string {
  const visit = (elements: CardElement[]): string | undefined => {
    for (const element of elements) {
      const size = textOf(element, 'size').toLowerCase();
      if (textOf(element, 'type') === 'TextBlock' && (size === 'large' || size === 'extralarge'))
        return textOf(element, 'text');
      const inner = visit(listOf(element, 'items'));
      if (inner) return inner;
    }
    return undefined;
  };
  return visit(listOf(card, 'body')) ?? 'Challenge Day';
}
