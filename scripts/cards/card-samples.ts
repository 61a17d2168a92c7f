import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_NAMES, type CardDataMap, type CardName } from '../../src/cards/card-data.js';
import { cardsDirectory } from '../../src/cards/card-templates.js';

/** One set of sample data for a card: cards/samples/<card>.json or <card>.<variant>.json. */
export interface CardSample<Name extends CardName = CardName> {
  readonly card: Name;
  readonly variant: string;
  readonly data: CardDataMap[Name];
}

/** Every sample in cards/samples, longest card names matched first so "action-update-form" is not "action". */
export function cardSamples(): CardSample[] {
  const directory = join(cardsDirectory(), 'samples');
  const names = [...CARD_NAMES].sort((a, b) => b.length - a.length);
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const base = file.slice(0, -'.json'.length);
      const card = names.find((name) => base === name || base.startsWith(`${name}.`));
      if (!card) throw new Error(`cards/samples/${file} is not named after a card`);
      const variant = base === card ? 'sample' : base.slice(card.length + 1);
      // Sample files are checked by rendering them: the card tests fail on any field left unbound.
      const data = JSON.parse(readFileSync(join(directory, file), 'utf8')) as CardDataMap[typeof card];
      return { card, variant, data };
    });
}
