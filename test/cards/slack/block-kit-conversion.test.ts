import { describe, expect, it } from 'vitest';
import { CARD_NAMES } from '../../../src/cards/card-data.js';
import { renderCard } from '../../../src/cards/render-card.js';
import { readCardAction } from '../../../src/interactions/verbs/read-card-action.js';
import type { Block, InputElement, SubmittedViewValues } from '../../../src/cards/slack/block-kit.js';
import { cardToMessageBlocks } from '../../../src/cards/slack/message-blocks.js';
import { modalSubmission } from '../../../src/cards/slack/modal-submission.js';
import { cardToModalView } from '../../../src/cards/slack/modal-view.js';
import { SLACK_LIMITS } from '../../../src/cards/slack/slack-limits.js';
import { renderAllSamples } from '../../../scripts/cards/card-renderings.js';
import { buttonsOf, teamsPayload } from '../support/card-walk.js';
import { LARGEST_CARD_DATA } from '../support/largest-card-data.js';

const card = (body: unknown[], actions: unknown[] = []) => ({ type: 'AdaptiveCard', version: '1.5', body, actions });
const submit = { type: 'Action.Execute', title: 'Send', verb: 'notice.reply', data: { challengeDayId: 'day-1' } };

function withinSlackLimits(blocks: Block[], maxBlocks: number) {
  expect(blocks.length).toBeLessThanOrEqual(maxBlocks);
  for (const block of blocks) {
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    if (block.type === 'section' && 'text' in block)
      expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    if (block.type === 'input' && 'options' in block.element)
      expect(block.element.options.length).toBeLessThanOrEqual(SLACK_LIMITS.options);
    if (block.type === 'actions')
      for (const button of block.elements)
        expect((button.value ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
  }
}

const renderings = renderAllSamples();
const largest = CARD_NAMES.map((name) => [name, renderCard(name, LARGEST_CARD_DATA[name] as never)] as const);

describe('cards in Slack', () => {
  it.each([...renderings.map((rendering) => [rendering.key, rendering.teams] as const), ...largest])(
    '%s fits Slack as a message, and as a modal when it is a form',
    (_key, teams) => {
      withinSlackLimits(cardToMessageBlocks(teams), SLACK_LIMITS.messageBlocks);
      const rendering = renderings.find((candidate) => candidate.teams === teams);
      const modal = rendering?.slackModal;
      if (modal) {
        withinSlackLimits(modal.blocks, SLACK_LIMITS.modalBlocks);
        expect(modal.title.text.length).toBeLessThanOrEqual(SLACK_LIMITS.viewTitle);
      }
    },
  );

  it('shows a long card as 50 blocks, the last saying how many more there are', () => {
    const body = Array.from({ length: 80 }, (_, index) => ({
      type: 'Image',
      url: `https://example.org/${index}.png`,
      altText: 'chart',
    }));
    const blocks = cardToMessageBlocks(card(body));
    expect(blocks).toHaveLength(50);
    expect(JSON.stringify(blocks.at(-1))).toContain('and 31 more');
  });

  it('cuts a section over 3,000 characters and says how much was left out', () => {
    const [block] = cardToMessageBlocks(card([{ type: 'TextBlock', text: 'x'.repeat(5000), wrap: true }]));
    expect(block?.type === 'section' && 'text' in block && block.text.text).toMatch(/… and \d+ more characters$/);
    expect(JSON.stringify(block).length).toBeLessThan(3100);
  });

  it('cuts a header to 150 characters and a modal title to 24', () => {
    const form = card(
      [
        { type: 'TextBlock', text: 'A'.repeat(200), size: 'Large' },
        { type: 'Input.Text', id: 'note', label: 'Note' },
      ],
      [submit],
    );
    const [header] = cardToMessageBlocks(form);
    expect(header?.type === 'header' && header.text.text.length).toBe(150);
    expect(cardToModalView(form).title.text).toHaveLength(24);
  });

  it('offers the first 100 of 150 choices and says "and 50 more" under the list', () => {
    const choices = Array.from({ length: 150 }, (_, index) => ({ title: `Person ${index}`, value: `person-${index}` }));
    const view = cardToModalView(card([{ type: 'Input.ChoiceSet', id: 'kind', label: 'Who', choices }], [submit]));
    const [input] = view.blocks;
    expect(input?.type === 'input' && 'options' in input.element && input.element.options).toHaveLength(100);
    expect(input?.type === 'input' && input.hint?.text).toMatch(/^and 50 more/);
  });

  it('shows a chart, which only Teams draws, as its fallback; says so when an unknown element has none', () => {
    const blocks = cardToMessageBlocks(
      card([
        {
          type: 'Chart.VerticalBar',
          data: [{ x: 'Chesterfield', y: 75 }],
          fallback: { type: 'FactSet', facts: [{ title: 'Chesterfield', value: '████████░░ 75%' }] },
        },
        { type: 'Chart.Pie', data: [], fallback: 'drop' },
        { type: 'Carousel', pages: [] },
      ]),
    );
    expect(blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*Chesterfield*  ████████░░ 75%' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '(Part of this card shows only in Teams: Carousel.)' }] },
    ]);
  });

  it('converts every element and input the templates use', () => {
    const form = card(
      [
        { type: 'TextBlock', text: 'Heading', size: 'Large' },
        {
          type: 'RichTextBlock',
          inlines: [
            { type: 'TextRun', text: 'bold', weight: 'Bolder' },
            { type: 'TextRun', text: ' and plain' },
          ],
        },
        { type: 'FactSet', facts: [{ title: 'Due', value: 'Fri 15 Jan 2027' }] },
        { type: 'Image', url: 'https://example.org/logo.png', altText: 'Logo' },
        {
          type: 'Container',
          items: [
            {
              type: 'ColumnSet',
              columns: [
                { type: 'Column', items: [{ type: 'Input.Date', id: 'date', label: 'Date', value: '2027-01-15' }] },
              ],
            },
          ],
        },
        { type: 'Input.Text', id: 'one', label: 'One line', maxLength: 64, value: 'CR-1' },
        { type: 'Input.Text', id: 'many', label: 'Many lines', isMultiline: true, maxLength: 9000 },
        {
          type: 'Input.ChoiceSet',
          id: 'compact',
          label: 'Compact',
          style: 'compact',
          choices: [{ title: 'A', value: 'a' }],
          value: 'a',
        },
        {
          type: 'Input.ChoiceSet',
          id: 'expanded',
          label: 'Expanded',
          style: 'expanded',
          choices: [{ title: 'A', value: 'a' }],
        },
        {
          type: 'Input.ChoiceSet',
          id: 'multi',
          label: 'Multi',
          isMultiSelect: true,
          choices: [
            { title: 'A', value: 'a' },
            { title: 'B', value: 'b' },
          ],
          value: 'a,b',
        },
        { type: 'Input.Toggle', id: 'flag', title: 'Tick', valueOn: 'true', valueOff: 'false' },
        { type: 'Input.Number', id: 'count', label: 'Count', min: 1, max: 200, value: '12' },
        { type: 'Input.Time', id: 'time', label: 'Time', value: '09:30' },
        { type: 'ActionSet', actions: [submit] },
      ],
      [submit],
    );
    const message = cardToMessageBlocks(form).map((block) => block.type);
    expect(message).toEqual(['header', 'section', 'image', 'actions', 'actions']);
    const modal = cardToModalView(form);
    const elements = modal.blocks.flatMap((block) => (block.type === 'input' ? [block.element] : []));
    expect(elements.map((element: InputElement) => element.type)).toEqual([
      'datepicker',
      'plain_text_input',
      'plain_text_input',
      'static_select',
      'radio_buttons',
      'multi_static_select',
      'checkboxes',
      'number_input',
      'timepicker',
    ]);
    expect(elements[2]).toMatchObject({ multiline: true, max_length: 3000 });
    expect(modal.blocks.some((block) => block.type === 'actions')).toBe(false);
  });

  it.each(
    renderings.filter((rendering) => rendering.slackModal).map((rendering) => [rendering.key, rendering] as const),
  )('%s submitted from a Slack modal reads exactly as the same card submitted in Teams', (_key, rendering) => {
    const modal = rendering.slackModal!;
    const { verb, payload } = modalSubmission({
      private_metadata: modal.private_metadata,
      state: { values: stateAsShown(modal.blocks) },
    });
    const teamsButton = buttonsOf(rendering.teams).find((button) => button.verb === verb)!;
    expect(readCardAction(verb, payload)).toEqual(
      readCardAction(teamsButton.verb, teamsPayload(rendering.teams, teamsButton)),
    );
  });
});

/** What Slack sends when the person submits the modal without changing anything. */
function stateAsShown(blocks: Block[]): SubmittedViewValues {
  const values: SubmittedViewValues = {};
  for (const block of blocks) {
    if (block.type !== 'input') continue;
    const element = block.element;
    const id = element.action_id;
    switch (element.type) {
      case 'plain_text_input':
      case 'number_input':
        values[block.block_id] = { [id]: { type: element.type, value: element.initial_value ?? null } };
        break;
      case 'datepicker':
        values[block.block_id] = { [id]: { type: element.type, selected_date: element.initial_date ?? null } };
        break;
      case 'timepicker':
        values[block.block_id] = { [id]: { type: element.type, selected_time: element.initial_time ?? null } };
        break;
      case 'static_select':
      case 'external_select':
      case 'radio_buttons':
        values[block.block_id] = { [id]: { type: element.type, selected_option: element.initial_option ?? null } };
        break;
      case 'checkboxes':
      case 'multi_static_select':
      case 'multi_external_select':
        values[block.block_id] = { [id]: { type: element.type, selected_options: element.initial_options ?? [] } };
        break;
    }
  }
  return values;
}
