/*
 * The parts of Slack's Block Kit the converter produces, typed here so the converter needs no Slack package
 * (https://api.slack.com/reference/block-kit). Only what the cards use is declared.
 */

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
}
export interface Option {
  text: PlainText | Mrkdwn;
  value: string;
}

export interface ButtonElement {
  type: 'button';
  text: PlainText;
  action_id: string;
  value?: string;
  style?: 'primary' | 'danger';
  url?: string;
}

export type InputElement =
  | {
      type: 'plain_text_input';
      action_id: string;
      multiline?: boolean;
      max_length?: number;
      initial_value?: string;
      placeholder?: PlainText;
    }
  | { type: 'static_select'; action_id: string; options: Option[]; initial_option?: Option; placeholder?: PlainText }
  | {
      type: 'multi_static_select';
      action_id: string;
      options: Option[];
      initial_options?: Option[];
      placeholder?: PlainText;
    }
  | {
      type: 'external_select';
      action_id: string;
      min_query_length: number;
      initial_option?: Option;
      placeholder?: PlainText;
    }
  | {
      type: 'multi_external_select';
      action_id: string;
      min_query_length: number;
      initial_options?: Option[];
      placeholder?: PlainText;
    }
  | { type: 'radio_buttons'; action_id: string; options: Option[]; initial_option?: Option }
  | { type: 'checkboxes'; action_id: string; options: Option[]; initial_options?: Option[] }
  | { type: 'datepicker'; action_id: string; initial_date?: string; placeholder?: PlainText }
  | { type: 'timepicker'; action_id: string; initial_time?: string; placeholder?: PlainText }
  | {
      type: 'number_input';
      action_id: string;
      is_decimal_allowed: boolean;
      min_value?: string;
      max_value?: string;
      initial_value?: string;
    };

export type Block =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: Mrkdwn }
  | { type: 'section'; fields: Mrkdwn[] }
  | { type: 'context'; elements: Mrkdwn[] }
  | { type: 'divider' }
  | { type: 'image'; image_url: string; alt_text: string }
  | { type: 'actions'; elements: ButtonElement[] }
  | { type: 'input'; block_id: string; label: PlainText; element: InputElement; optional: boolean; hint?: PlainText };

export interface ModalView {
  type: 'modal';
  callback_id: string;
  title: PlainText;
  submit: PlainText;
  close: PlainText;
  private_metadata: string;
  blocks: Block[];
}

/** What Slack sends back for one input of a submitted modal (view.state.values[block][action]). */
export interface SubmittedInputValue {
  type: string;
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
  selected_date?: string | null;
  selected_time?: string | null;
}
export type SubmittedViewValues = Record<string, Record<string, SubmittedInputValue>>;
