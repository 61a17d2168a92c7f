import type { Block, ButtonElement } from './block-kit.js';
import type { CardButton } from './card-elements.js';
import { context } from './display-blocks.js';
import { fitLabel, fitList, SLACK_LIMITS } from './slack-limits.js';

/**
 * What a Slack button carries in its value: the card action's verb and data, as the Teams card would send
 * them. `opensForm` says the card has inputs, so the channel shows it as a modal instead of acting at once.
 */
export interface ButtonValue {
  readonly verb: string;
  readonly data: Record<string, unknown>;
  readonly opensForm: boolean;
  /** The form's inputs as the card filled them in (e.g. an allocated case's reference), for the modal. */
  readonly prefill?: Readonly<Record<string, string>>;
}

/** A card's buttons as one actions block; a button whose data is too big for Slack is named in a note instead. */
export function actionBlocks(
  buttons: readonly CardButton[],
  opensForm: boolean,
  blockIndex: number,
  prefill: Readonly<Record<string, string>> = {},
): Block[] {
  const elements: ButtonElement[] = [];
  const notShown: string[] = [];
  buttons.forEach((button, index) => {
    const element = buttonElement(button, opensForm, `${blockIndex}.${index}`, prefill);
    if (element) elements.push(element);
    else notShown.push(button.title);
  });
  const blocks: Block[] = [];
  if (elements.length > 0) {
    const fitted = fitList(elements, SLACK_LIMITS.actionsElements, (count): ButtonElement => ({
      type: 'button',
      text: { type: 'plain_text', text: `and ${count} more in Teams` },
      action_id: `more.${blockIndex}`,
    }));
    blocks.push({ type: 'actions', elements: fitted });
  }
  if (notShown.length > 0) blocks.push(context(`These buttons work in Teams only: ${notShown.join(', ')}.`));
  return blocks;
}

function buttonElement(
  button: CardButton,
  opensForm: boolean,
  suffix: string,
  prefill: Readonly<Record<string, string>>,
): ButtonElement | null {
  const text = { type: 'plain_text' as const, text: fitLabel(button.title, SLACK_LIMITS.buttonText) };
  const style =
    button.style === 'positive'
      ? { style: 'primary' as const }
      : button.style === 'destructive'
        ? { style: 'danger' as const }
        : {};
  if (button.url) return { type: 'button', text, action_id: `open-url.${suffix}`, url: button.url, ...style };
  const { verb: _verb, ...data } = button.data;
  const value: ButtonValue = { verb: button.verb, data, opensForm };
  const withPrefill = JSON.stringify(opensForm && Object.keys(prefill).length > 0 ? { ...value, prefill } : value);
  // Filling in the modal is a convenience: a button whose prefill does not fit still opens an empty form.
  const encoded = withPrefill.length <= SLACK_LIMITS.buttonValue ? withPrefill : JSON.stringify(value);
  if (encoded.length > SLACK_LIMITS.buttonValue) return null;
  // action_id must be unique in a message; the verb leads so a channel can route on its prefix.
  return {
    type: 'button',
    text,
    action_id: fitLabel(`${button.verb}.${suffix}`, SLACK_LIMITS.actionId),
    value: encoded,
    ...style,
  };
}
