import { textsOf } from '../../support/teams-activities.js';

/** The titles of answers that say the bot failed, rather than why it refused. */
const FAULT_TITLES = ['Something went wrong', 'Not saved yet'];

/**
 * What is wrong with the card a Teams card action was answered with, or null when it is fine: a receipt or
 * updated card, an error card whose title and message say what happened, or the form again showing at least
 * one message next to what needs correcting. A fault of the bot is never fine here.
 */
export function problemWithTeamsAnswer(status: number, body: Record<string, unknown>): string | null {
  const refusedRequest = problemWithRefusedRequest(status, body);
  if (refusedRequest !== undefined) return refusedRequest;
  const card = body.value as Record<string, unknown> | undefined;
  if (body.type !== 'application/vnd.microsoft.card.adaptive' || !card)
    return `no card in the answer: ${JSON.stringify(body).slice(0, 300)}`;
  const [first] = (card.body ?? []) as Record<string, unknown>[];
  if (first?.style === 'attention') {
    const [title = '', message = ''] = textsOf(first);
    if (FAULT_TITLES.includes(title)) return `a fault, not a refusal: ${title}: ${message}`;
    if (!title.trim() || !message.trim()) return 'an error card without a message';
    return null;
  }
  if (hasInputs(card) && attentionTexts(card).length === 0) return 'the form came back without saying what to correct';
  return null;
}

/**
 * A request refused as a whole (too large, nested too deeply to read): fine when it says so. Undefined when
 * the request was answered as a card action.
 */
export function problemWithRefusedRequest(status: number, body: Record<string, unknown>): string | null | undefined {
  if (status >= 500) return `HTTP ${status}`;
  if (status === 413 || status === 400) {
    return typeof body.message === 'string' && body.message.trim() ? null : `HTTP ${status} without a message`;
  }
  if (status !== 200) return `HTTP ${status}`;
  return undefined;
}

/** Problems with the bot's message to a person on Slack (an ephemeral message or a post). */
export function problemWithSlackMessage(shown: string): string | null {
  if (!shown.trim()) return 'no message';
  const fault = FAULT_TITLES.find((title) => shown.includes(`${title}:`));
  return fault ? `a fault, not a refusal: ${shown.slice(0, 300)}` : null;
}

/** Errors a modal's submission was answered with, keyed by block: each must say something. */
export function problemWithModalErrors(errors: unknown): string | null {
  if (!errors || typeof errors !== 'object') return 'errors that are not keyed by input';
  const messages = Object.values(errors);
  if (messages.length === 0) return 'the modal was told it has errors, but none is shown';
  return messages.every((message) => typeof message === 'string' && message.trim().length > 0)
    ? null
    : 'an empty error under an input';
}

function hasInputs(card: unknown): boolean {
  return JSON.stringify(card).includes('"type":"Input.');
}

function attentionTexts(card: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (
        element.type === 'TextBlock' &&
        String(element.color).toLowerCase() === 'attention' &&
        String(element.text).trim()
      )
        texts.push(String(element.text));
      Object.values(element).forEach(walk);
    }
  };
  walk(card);
  return texts;
}
