import type { Block, Mrkdwn } from './block-kit.js';
import { flagOf, listOf, textOf, type CardElement } from './card-elements.js';
import { mrkdwnFromCardMarkdown, plainFromCardMarkdown } from './mrkdwn.js';
import { fitLabel, fitList, fitText, SLACK_LIMITS } from './slack-limits.js';

/** Turns one element that shows something (not an input, not a button) into blocks; containers flatten. */
export function displayBlocks(element: CardElement, inner: (element: CardElement) => Block[]): Block[] {
  switch (textOf(element, 'type')) {
    case 'TextBlock':
      return [textBlock(element)];
    case 'RichTextBlock':
      return [section(listOf(element, 'inlines').map(inlineText).join(''))];
    case 'FactSet':
      return [factSet(element)];
    case 'Image':
      return [
        {
          type: 'image',
          image_url: textOf(element, 'url'),
          alt_text: fitLabel(textOf(element, 'altText') || 'Image', SLACK_LIMITS.imageAltText),
        },
      ];
    case 'Container':
    case 'Column':
      return withSeparator(element, listOf(element, 'items').flatMap(inner));
    case 'ColumnSet':
      return withSeparator(element, columnSet(element, inner));
    default: {
      // An element only Teams shows (a chart) gives way to its Adaptive Card fallback, as in any other host.
      const fallback = element.fallback;
      if (fallback === 'drop') return [];
      if (typeof fallback === 'object' && fallback !== null) return inner(fallback as CardElement);
      return [context(`(Part of this card shows only in Teams: ${textOf(element, 'type') || 'unknown'}.)`)];
    }
  }
}

function textBlock(element: CardElement): Block {
  const size = textOf(element, 'size').toLowerCase();
  const warning = textOf(element, 'color').toLowerCase() === 'attention' ? ':warning: ' : '';
  const text = textOf(element, 'text');
  if (size === 'large' || size === 'extralarge') {
    return {
      type: 'header',
      text: { type: 'plain_text', text: fitLabel(plainFromCardMarkdown(text), SLACK_LIMITS.headerText) },
    };
  }
  if (flagOf(element, 'isSubtle') || size === 'small') return context(warning + mrkdwnFromCardMarkdown(text));
  const bold = textOf(element, 'weight').toLowerCase() === 'bolder' && !text.includes('*');
  return section(warning + (bold ? `*${mrkdwnFromCardMarkdown(text)}*` : mrkdwnFromCardMarkdown(text)));
}

function inlineText(inline: CardElement): string {
  const text = mrkdwnFromCardMarkdown(textOf(inline, 'text'));
  if (!text.trim()) return text;
  let marked = text;
  if (textOf(inline, 'weight').toLowerCase() === 'bolder') marked = `*${marked}*`;
  if (inline.italic === true) marked = `_${marked}_`;
  return marked;
}

function factSet(element: CardElement): Block {
  const lines = listOf(element, 'facts').map(
    (fact) => `*${mrkdwnFromCardMarkdown(textOf(fact, 'title'))}*  ${mrkdwnFromCardMarkdown(textOf(fact, 'value'))}`,
  );
  return section(lines.join('\n'));
}

/**
 * Columns of short text side by side (e.g. the notice's reply counts) become one section with fields, as Slack
 * lays them out side by side too; any other column set is read column after column.
 */
function columnSet(element: CardElement, inner: (element: CardElement) => Block[]): Block[] {
  const columns = listOf(element, 'columns');
  const onlyText = columns.every((column) =>
    listOf(column, 'items').every((item) => textOf(item, 'type') === 'TextBlock'),
  );
  if (columns.length > 0 && onlyText) {
    const fields = columns.map((column): Mrkdwn => ({
      type: 'mrkdwn',
      text: fitText(
        listOf(column, 'items')
          .map((item) => {
            const text = mrkdwnFromCardMarkdown(textOf(item, 'text'));
            return textOf(item, 'weight').toLowerCase() === 'bolder' && !text.includes('*') ? `*${text}*` : text;
          })
          .join('\n'),
        2000,
      ),
    }));
    return [
      { type: 'section', fields: fitList(fields, 10, (count) => ({ type: 'mrkdwn', text: `and ${count} more` })) },
    ];
  }
  return columns.flatMap(inner);
}

function withSeparator(element: CardElement, blocks: Block[]): Block[] {
  return flagOf(element, 'separator') && blocks.length > 0 ? [{ type: 'divider' }, ...blocks] : blocks;
}

export function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: fitText(text || ' ', SLACK_LIMITS.sectionText) } };
}

export function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: fitText(text || ' ', SLACK_LIMITS.contextText) }] };
}
