import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CardName } from './card-data.js';

/**
 * The project's cards/ folder, found by walking up from this file to the folder holding package.json, so it
 * is the same whether the code runs from src/ with tsx or from a build under dist/.
 */
export function cardsDirectory(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 8; depth++) {
    if (existsSync(join(directory, 'package.json')) && existsSync(join(directory, 'cards'))) {
      return join(directory, 'cards');
    }
    directory = dirname(directory);
  }
  throw new Error('The cards/ folder was not found above ' + fileURLToPath(import.meta.url));
}

export type CardJson = Record<string, unknown>;

const loaded = new Map<CardName, CardJson>();

/** The template of a card as written in cards/<name>.json, read once. */
export function loadCardTemplate(name: CardName): CardJson {
  const cached = loaded.get(name);
  if (cached) return cached;
  const template = JSON.parse(readFileSync(join(cardsDirectory(), `${name}.json`), 'utf8')) as CardJson;
  loaded.set(name, template);
  return template;
}
