import type { Block, InputElement, Option, PlainText } from './block-kit.js';
import { flagOf, listOf, numberOf, objectOf, textOf, type CardElement } from './card-elements.js';
import { context } from './display-blocks.js';
import { plainFromCardMarkdown } from './mrkdwn.js';
import { fitLabel, SLACK_LIMITS } from './slack-limits.js';

/**
 * One card input as a modal input block. The block id and the action id are the input's id, so the
 * submitted values map back to the names the Teams card submits (modal-submission.ts).
 */
export function inputBlock(input: CardElement): Block {
  const id = textOf(input, 'id');
  const type = textOf(input, 'type');
  const label = plain(
    textOf(input, 'label') || textOf(input, 'title') || textOf(input, 'placeholder') || id,
    SLACK_LIMITS.inputLabel,
  );
  const optional = type === 'Input.Toggle' || !flagOf(input, 'isRequired');
  const value = textOf(input, 'value');

  if (type === 'Input.ChoiceSet') return choiceBlock(input, id, label, optional, value);
  const element = simpleElement(input, type, id, value);
  if (!element) return context(`(${label.text}: this kind of input shows only in Teams.)`);
  return { type: 'input', block_id: id, label, element, optional };
}

function simpleElement(input: CardElement, type: string, id: string, value: string): InputElement | null {
  const placeholder = textOf(input, 'placeholder')
    ? { placeholder: plain(textOf(input, 'placeholder'), SLACK_LIMITS.placeholder) }
    : {};
  switch (type) {
    case 'Input.Text': {
      const maxLength = Math.min(
        numberOf(input, 'maxLength') ?? SLACK_LIMITS.textInputMaxLength,
        SLACK_LIMITS.textInputMaxLength,
      );
      return {
        type: 'plain_text_input',
        action_id: id,
        multiline: flagOf(input, 'isMultiline'),
        max_length: maxLength,
        ...(value ? { initial_value: value.slice(0, maxLength) } : {}),
        ...placeholder,
      };
    }
    case 'Input.Number': {
      const min = numberOf(input, 'min');
      const max = numberOf(input, 'max');
      return {
        type: 'number_input',
        action_id: id,
        is_decimal_allowed: false,
        ...(min !== undefined ? { min_value: String(min) } : {}),
        ...(max !== undefined ? { max_value: String(max) } : {}),
        ...(/^-?\d+$/.test(value) ? { initial_value: value } : {}),
      };
    }
    case 'Input.Date':
      return {
        type: 'datepicker',
        action_id: id,
        ...(/^\d{4}-\d{2}-\d{2}$/.test(value) ? { initial_date: value } : {}),
        ...placeholder,
      };
    case 'Input.Time':
      return {
        type: 'timepicker',
        action_id: id,
        ...(/^\d{2}:\d{2}$/.test(value) ? { initial_time: value } : {}),
        ...placeholder,
      };
    case 'Input.Toggle': {
      const option: Option = {
        text: plain(textOf(input, 'title') || 'Yes', SLACK_LIMITS.optionText),
        value: textOf(input, 'valueOn') || 'true',
      };
      return {
        type: 'checkboxes',
        action_id: id,
        options: [option],
        ...(value === option.value ? { initial_options: [option] } : {}),
      };
    }
    default:
      return null;
  }
}

/**
 * Compact choices become a select, expanded ones radio buttons or checkboxes (while they fit: Slack allows
 * 10 of those, 100 options in a select). Choices beyond the limit are left out and the hint says how many.
 * Choices searched as the person types (a Data.Query) become an external select, whose options the bot
 * gives for what is typed; the chosen ones among the card's choices are its initial options.
 */
function choiceBlock(input: CardElement, id: string, label: PlainText, optional: boolean, value: string): Block {
  const multi = flagOf(input, 'isMultiSelect');
  const all = listOf(input, 'choices')
    .map((choice): Option => ({
      text: plain(textOf(choice, 'title'), SLACK_LIMITS.optionText),
      value: textOf(choice, 'value'),
    }))
    .filter((option) => option.value.length > 0 && option.value.length <= SLACK_LIMITS.optionValue);
  if (searchedDataset(input)) return searchedChoiceBlock(input, id, label, optional, value, all);
  if (all.length === 0) return context(`${label.text}: there is nothing to choose from yet.`);

  const expanded = textOf(input, 'style') === 'expanded';
  const buttonLimit = multi ? SLACK_LIMITS.checkboxOptions : SLACK_LIMITS.radioOptions;
  const asButtons = expanded && all.length <= buttonLimit;
  const options = all.slice(0, asButtons ? buttonLimit : SLACK_LIMITS.options);
  const left = all.length - options.length;
  const hint =
    left > 0 ? { hint: plain(`and ${left} more not listed here; choose them in Teams`, SLACK_LIMITS.inputHint) } : {};
  const chosen = new Set(multi ? value.split(',').map((part) => part.trim()) : [value]);
  const initial = options.filter((option) => chosen.has(option.value));
  const placeholder = textOf(input, 'placeholder')
    ? { placeholder: plain(textOf(input, 'placeholder'), SLACK_LIMITS.placeholder) }
    : {};

  let element: InputElement;
  if (multi) {
    element = asButtons
      ? { type: 'checkboxes', action_id: id, options, ...(initial.length ? { initial_options: initial } : {}) }
      : {
          type: 'multi_static_select',
          action_id: id,
          options,
          ...(initial.length ? { initial_options: initial } : {}),
          ...placeholder,
        };
  } else {
    const first = initial[0];
    element = asButtons
      ? { type: 'radio_buttons', action_id: id, options, ...(first ? { initial_option: first } : {}) }
      : { type: 'static_select', action_id: id, options, ...(first ? { initial_option: first } : {}), ...placeholder };
  }
  return { type: 'input', block_id: id, label, element, optional, ...hint };
}

/** The dataset a ChoiceSet searches as the person types (its `choices.data` Data.Query), or "" for none. */
export function searchedDataset(input: CardElement): string {
  const query = objectOf(input, 'choices.data');
  return query.type === 'Data.Query' && typeof query.dataset === 'string' ? query.dataset : '';
}

function searchedChoiceBlock(
  input: CardElement,
  id: string,
  label: PlainText,
  optional: boolean,
  value: string,
  choices: readonly Option[],
): Block {
  const multi = flagOf(input, 'isMultiSelect');
  const chosen = new Set(value.split(',').map((part) => part.trim()));
  const initial = choices.filter((option) => chosen.has(option.value)).slice(0, SLACK_LIMITS.options);
  const placeholder = textOf(input, 'placeholder')
    ? { placeholder: plain(textOf(input, 'placeholder'), SLACK_LIMITS.placeholder) }
    : {};
  const first = initial[0];
  const element: InputElement = multi
    ? {
        type: 'multi_external_select',
        action_id: id,
        min_query_length: SLACK_LIMITS.searchMinQueryLength,
        ...(initial.length ? { initial_options: initial } : {}),
        ...placeholder,
      }
    : {
        type: 'external_select',
        action_id: id,
        min_query_length: SLACK_LIMITS.searchMinQueryLength,
        ...(first ? { initial_option: first } : {}),
        ...placeholder,
      };
  return { type: 'input', block_id: id, label, element, optional };
}

function plain(text: string, max: number): PlainText {
  return { type: 'plain_text', text: fitLabel(plainFromCardMarkdown(text), max) || ' ' };
}
