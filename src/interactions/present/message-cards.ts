import type { Fact } from '../../cards/card-data.js';
import { displayDateTime } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import type { Reply } from '../reply.js';

/** A read-only receipt that replaces the card acted on: who did what, and when. */
export function receipt(title: string, byName: string, at: Date, facts: readonly Fact[], nextStep = ''): Reply {
  return {
    card: renderCard('receipt', {
      title,
      submittedByName: byName,
      submittedAtLabel: displayDateTime(at),
      facts,
      nextStep,
    }),
    text: `${title} — ${byName}, ${displayDateTime(at)}`,
    audience: 'everyone',
  };
}

/**
 * An answer to something asked: a title, what it is as of, and the facts; no tick and no "Submitted by",
 * since nobody submitted anything. Seen only by the person who asked.
 */
export function answer(title: string, facts: readonly Fact[], note = '', subtitle = ''): Reply {
  return {
    card: renderCard('answer', { title, subtitle, facts, note }),
    text: title,
    audience: 'person',
  };
}

/**
 * An error card for the person who acted. It repeats what they typed, so nothing is lost, and offers to
 * send the same entry again when trying again can help.
 */
export function errorReply(
  title: string,
  message: string,
  typed: Readonly<Record<string, string>> = {},
  retry: { verb: string; data: Readonly<Record<string, string>> } | null = null,
): Reply {
  return {
    card: renderCard('error', {
      title,
      message,
      typed: Object.entries(typed).map(([key, value]) => ({ title: key, value })),
      retry: retry ? { title: 'Try again', verb: retry.verb, data: retry.data } : null,
    }),
    text: `${title}: ${message}`,
    audience: 'person',
  };
}
