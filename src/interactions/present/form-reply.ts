import type { FormState } from '../../cards/card-data.js';
import type { Reply } from '../reply.js';

/** A form for the person who asked for it; shown again, it carries what to correct beside each input. */
export function formReply(card: Reply['card'], text: string, state: FormState<string>): Reply {
  return {
    card,
    text,
    audience: 'person',
    ...(state.errors && Object.keys(state.errors).length > 0
      ? { fieldErrors: state.errors as Record<string, string> }
      : {}),
  };
}
