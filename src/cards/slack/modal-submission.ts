import type { SubmittedInputValue, SubmittedViewValues } from './block-kit.js';
import type { ModalMetadata } from './modal-view.js';

/**
 * A submitted modal as the same flat object the Teams card submits: the button's data merged with one
 * string per input (a multi-select as "a,b", a toggle as its valueOn/valueOff, an empty input as ""). Pass
 * the result to readCardAction, and the same schema checks both channels.
 */
export function modalSubmission(view: { private_metadata: string; state: { values: SubmittedViewValues } }): {
  verb: string;
  payload: Record<string, unknown>;
} {
  const metadata = readMetadata(view.private_metadata);
  const payload: Record<string, unknown> = { ...metadata.data };
  for (const [blockId, actions] of Object.entries(view.state.values)) {
    const submitted = actions[blockId];
    if (!submitted) continue;
    payload[blockId] = submittedText(submitted, metadata.toggles[blockId]);
  }
  return { verb: metadata.verb, payload };
}

function submittedText(submitted: SubmittedInputValue, toggleOff: string | undefined): string {
  switch (submitted.type) {
    case 'plain_text_input':
    case 'number_input':
      return submitted.value ?? '';
    case 'datepicker':
      return submitted.selected_date ?? '';
    case 'timepicker':
      return submitted.selected_time ?? '';
    case 'static_select':
    case 'external_select':
    case 'radio_buttons':
      return submitted.selected_option?.value ?? '';
    case 'checkboxes':
    case 'multi_static_select':
    case 'multi_external_select': {
      // Slack sends a list of options; anything else (a forged or broken request) chooses nothing.
      const options: unknown[] = Array.isArray(submitted.selected_options) ? submitted.selected_options : [];
      const chosen = options.map((option) => (option as { value?: string } | null)?.value);
      if (toggleOff !== undefined) return chosen[0] ?? toggleOff;
      return chosen.join(',');
    }
    default:
      return '';
  }
}

/**
 * What an external select of the modal searches (a people picker's dataset), from the modal's own metadata
 * as the bot wrote it; "" for an input that searches nothing, or a view that is not one of the bot's forms.
 */
export function searchOfModalInput(privateMetadata: string, inputId: string): string {
  try {
    const dataset = readMetadata(privateMetadata).searches?.[inputId];
    return typeof dataset === 'string' ? dataset : '';
  } catch {
    return '';
  }
}

function readMetadata(text: string): ModalMetadata {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null) throw new Error('Not a modal of this bot');
  const { verb, data, toggles, searches } = parsed as Partial<ModalMetadata>;
  if (typeof verb !== 'string' || typeof data !== 'object' || data === null) throw new Error('Not a modal of this bot');
  return {
    verb,
    data,
    toggles: typeof toggles === 'object' && toggles !== null ? toggles : {},
    ...(typeof searches === 'object' && searches !== null ? { searches } : {}),
  };
}
