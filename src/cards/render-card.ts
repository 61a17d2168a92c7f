import { createRequire } from 'node:module';
import type { CardDataMap, CardName } from './card-data.js';
import { loadCardTemplate, type CardJson } from './card-templates.js';
import { CARD_VOCABULARY } from './vocabulary.js';

interface Template {
  expand(context: { $root: unknown }): unknown;
}
interface TemplateEngine {
  Template: new (payload: unknown) => Template;
}

// The package's ESM build uses extension-less imports that Node cannot load; its CommonJS entry works.
const templating = createRequire(import.meta.url)('adaptivecards-templating') as TemplateEngine;

/**
 * Binds typed data into a card's template and returns the Adaptive Card to send (Teams) or convert (Slack).
 * The domain's vocabulary (grades, domains, …) is bound beside the data as `vocabulary`; a form shown for
 * the first time gets empty `values` and `errors`.
 */
export function renderCard<Name extends CardName>(name: Name, data: CardDataMap[Name]): CardJson {
  const expanded = templateOf(name).expand({
    // A copy: expressions such as addProperty() change the object they are given.
    $root: { values: {}, errors: {}, ...structuredClone(data), vocabulary: CARD_VOCABULARY },
  });
  return expanded as CardJson;
}

const prepared = new Map<CardName, Template>();

/**
 * A card's template, prepared once: preparing parses every expression in it, which costs far more than
 * binding data (tens of milliseconds for a large form, enough to miss Slack's 3-second deadline under
 * load). A prepared template can be bound to any number of data objects, one after another.
 */
function templateOf(name: CardName): Template {
  let template = prepared.get(name);
  if (!template) {
    template = new templating.Template(loadCardTemplate(name));
    prepared.set(name, template);
  }
  return template;
}
