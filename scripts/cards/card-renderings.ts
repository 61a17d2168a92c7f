import type { CardJson } from '../../src/cards/card-templates.js';
import { renderCard } from '../../src/cards/render-card.js';
import type { Block, ModalView } from '../../src/cards/slack/block-kit.js';
import { inputsOf } from '../../src/cards/slack/card-elements.js';
import { cardToMessageBlocks } from '../../src/cards/slack/message-blocks.js';
import { cardToModalView } from '../../src/cards/slack/modal-view.js';
import { cardSamples, type CardSample } from './card-samples.js';

/** A sample card in every rendering a person can see: Teams as it is, Slack as a message, and a form as a modal. */
export interface CardRendering {
  readonly sample: CardSample;
  /** "notice-reply-form.with-errors" — names golden files and PNGs. */
  readonly key: string;
  readonly teams: CardJson;
  readonly slackMessage: Block[];
  readonly slackModal: ModalView | null;
}

export function renderSample(sample: CardSample): CardRendering {
  const teams = renderCard(sample.card, sample.data);
  return {
    sample,
    key: sample.variant === 'sample' ? sample.card : `${sample.card}.${sample.variant}`,
    teams,
    slackMessage: cardToMessageBlocks(teams),
    slackModal: inputsOf(teams).length > 0 ? cardToModalView(teams) : null,
  };
}

export function renderAllSamples(): CardRendering[] {
  return cardSamples().map(renderSample);
}
