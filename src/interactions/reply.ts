import type { CardJson } from '../cards/card-templates.js';

/**
 * What the bot answers a person with, the same for both channels.
 * - `everyone`: the card the person acted on is replaced for everyone by this one (a receipt, an updated
 *   notice), so nobody can submit the same card twice by accident;
 * - `person`: shown only to the person who acted (a form again with errors, a new form, an answer).
 */
export interface Reply {
  readonly card: CardJson;
  /** A plain-text summary: notifications, screen readers, clients that cannot show the card. */
  readonly text: string;
  readonly audience: 'everyone' | 'person';
  /**
   * Where the card acted on looks the same to everyone (a Slack message), the short confirmation shown to
   * the person alone instead of `card`, which is their own view of that card (in Teams the answer to a
   * button replaces the card for whoever pressed it, and nobody else).
   */
  readonly receipt?: { readonly card: CardJson; readonly text: string };
  /** For a form sent back with errors: the message for each input by id (Slack shows them in the modal). */
  readonly fieldErrors?: Readonly<Record<string, string>>;
}
