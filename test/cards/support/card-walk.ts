import {
  buttonsOf,
  inputsOf,
  textOf,
  type CardButton,
  type CardElement,
} from '../../../src/cards/slack/card-elements.js';

export { buttonsOf, inputsOf };
export type { CardButton };

/** Every object in a card, at any depth, for checks that apply to all of them. */
export function everyObject(value: unknown, found: CardElement[] = []): CardElement[] {
  if (Array.isArray(value)) for (const item of value) everyObject(item, found);
  else if (typeof value === 'object' && value !== null) {
    found.push(value as CardElement);
    for (const inner of Object.values(value)) everyObject(inner, found);
  }
  return found;
}

export const inputIds = (card: CardElement) => inputsOf(card).map((input) => textOf(input, 'id'));

/** What Teams would submit for a button if the person left every input as the card shows it. */
export function teamsPayload(card: CardElement, button: CardButton): Record<string, unknown> {
  const payload: Record<string, unknown> = { ...button.data };
  for (const input of inputsOf(card)) payload[textOf(input, 'id')] = textOf(input, 'value');
  return payload;
}
