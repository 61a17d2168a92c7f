/*
 * A small typed reading of an expanded Adaptive Card (plain JSON). The converter reads only these fields,
 * so an element or property it does not know is visible as such, not a crash.
 */

export type CardElement = Readonly<Record<string, unknown>>;

export function textOf(element: CardElement, key: string): string {
  const value = element[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

export function listOf(element: CardElement, key: string): CardElement[] {
  const value = element[key];
  return Array.isArray(value)
    ? value.filter((item): item is CardElement => typeof item === 'object' && item !== null)
    : [];
}

export function flagOf(element: CardElement, key: string): boolean {
  return element[key] === true;
}

export function numberOf(element: CardElement, key: string): number | undefined {
  const value = element[key];
  return typeof value === 'number' ? value : undefined;
}

export function objectOf(element: CardElement, key: string): Record<string, unknown> {
  const value = element[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export const isInput = (element: CardElement) => textOf(element, 'type').startsWith('Input.');

/** Every input of a card, in reading order, through containers and columns. */
export function inputsOf(card: CardElement): CardElement[] {
  const found: CardElement[] = [];
  const visit = (elements: CardElement[]) => {
    for (const element of elements) {
      if (isInput(element)) found.push(element);
      visit([...listOf(element, 'items'), ...listOf(element, 'columns')]);
    }
  };
  visit(listOf(card, 'body'));
  return found;
}

/** A button as both channels read it: the verb it sends and the data it carries. */
export interface CardButton {
  readonly title: string;
  readonly verb: string;
  readonly data: Record<string, unknown>;
  readonly style: 'positive' | 'destructive' | 'default';
  readonly url?: string;
}

/** Reads Action.Execute (its verb), Action.Submit (the verb in its data) and Action.OpenUrl. */
export function buttonOf(action: CardElement): CardButton | null {
  const type = textOf(action, 'type');
  const title = textOf(action, 'title');
  const style =
    textOf(action, 'style') === 'positive'
      ? 'positive'
      : textOf(action, 'style') === 'destructive'
        ? 'destructive'
        : 'default';
  const data = objectOf(action, 'data');
  if (type === 'Action.Execute') return { title, verb: textOf(action, 'verb'), data, style };
  if (type === 'Action.Submit') return { title, verb: typeof data.verb === 'string' ? data.verb : '', data, style };
  if (type === 'Action.OpenUrl') return { title, verb: '', data: {}, style, url: textOf(action, 'url') };
  return null;
}

/** Every button of a card: in action sets in the body, then the card's own actions. */
export function buttonsOf(card: CardElement): CardButton[] {
  const actions: CardElement[] = [];
  const visit = (elements: CardElement[]) => {
    for (const element of elements) {
      if (textOf(element, 'type') === 'ActionSet') actions.push(...listOf(element, 'actions'));
      visit([...listOf(element, 'items'), ...listOf(element, 'columns')]);
    }
  };
  visit(listOf(card, 'body'));
  actions.push(...listOf(card, 'actions'));
  return actions.map(buttonOf).filter((button): button is CardButton => button !== null);
}
