import type { WebClient } from '@slack/web-api';
import { inputsOf } from '../../cards/slack/card-elements.js';
import { cardToModalView } from '../../cards/slack/modal-view.js';
import type { Reply } from '../../interactions/reply.js';
import { withOrigin, type ModalOrigin } from './modal-origin.js';

/** A reply with inputs is a form: Slack shows it as a modal, not as a message. */
export function isForm(reply: Reply): boolean {
  return inputsOf(reply.card).length > 0;
}

/** Opens the form as a modal; its submission answers where it was opened from (a message, App Home), if known. */
export async function openForm(
  client: WebClient,
  triggerId: string,
  reply: Reply,
  origin: ModalOrigin | 'home' | undefined,
): Promise<void> {
  const view = cardToModalView(reply.card);
  await client.views.open({
    trigger_id: triggerId,
    view: { ...view, private_metadata: withOrigin(view.private_metadata, origin) },
  });
}
