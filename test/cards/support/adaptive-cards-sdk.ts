import { createRequire } from 'node:module';

interface SdkEvent {
  readonly phase: number;
  readonly event: number;
  readonly message: string;
}
interface Sdk {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: SdkEvent[] };
  };
  SerializationContext: new (version: unknown) => { eventCount: number; getEventAt(index: number): SdkEvent };
  Versions: { v1_5: unknown };
}

// The package's lib/ build is extension-less ESM that Node cannot load; the dist bundle is CommonJS.
const sdk = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as Sdk;

/**
 * Teams' own chart elements, beyond the SDK. Named one by one so that a misspelt or unknown chart type still
 * reaches the SDK, which warns of it.
 */
export const TEAMS_CHART_TYPES: ReadonlySet<string> = new Set([
  'Chart.Donut',
  'Chart.Gauge',
  'Chart.HorizontalBar',
  'Chart.HorizontalBar.Stacked',
  'Chart.Line',
  'Chart.Pie',
  'Chart.VerticalBar',
  'Chart.VerticalBar.Grouped',
]);

/**
 * Every error and warning the official SDK reports when it parses the card as a 1.5 client would. Teams' own
 * chart elements (TEAMS_CHART_TYPES) are beyond the SDK; each must carry a fallback, which is what the SDK then
 * checks — as a client without charts shows it; a chart without a fallback is reported as the SDK reports it. Teams' dynamic typeahead (a ChoiceSet's `choices.data`, a Data.Query)
 * works in Teams' 1.5 cards but is 1.6 to the SDK: each is checked for its shape here, and the card without
 * them is parsed as 1.5, where the ChoiceSet must still hold its static choices.
 */
export function sdkProblems(card: unknown): string[] {
  const parsed = new sdk.AdaptiveCard();
  const context = new sdk.SerializationContext(sdk.Versions.v1_5);
  const problems: string[] = typeaheadProblems(card);
  parsed.parse(withoutTypeahead(withChartFallbacks(card)), context);
  for (let index = 0; index < context.eventCount; index++) problems.push(context.getEventAt(index).message);
  for (const event of parsed.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}

function withChartFallbacks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withChartFallbacks);
  if (typeof value !== 'object' || value === null) return value;
  const element = value as Record<string, unknown>;
  if (typeof element.type === 'string' && TEAMS_CHART_TYPES.has(element.type)) {
    return element.fallback === undefined ? element : withChartFallbacks(element.fallback);
  }
  return Object.fromEntries(Object.entries(element).map(([key, inner]) => [key, withChartFallbacks(inner)]));
}

/** A `choices.data` anywhere but on a ChoiceSet, or not a Data.Query naming a dataset, is a problem. */
function typeaheadProblems(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(typeaheadProblems);
  if (typeof value !== 'object' || value === null) return [];
  const element = value as Record<string, unknown>;
  const query = element['choices.data'] as Record<string, unknown> | undefined;
  const own =
    query === undefined
      ? []
      : element.type !== 'Input.ChoiceSet'
        ? ['choices.data is only for an Input.ChoiceSet']
        : query.type !== 'Data.Query' || typeof query.dataset !== 'string' || query.dataset === ''
          ? [`choices.data of ${String(element.id)} is not a Data.Query naming its dataset`]
          : [];
  return [...own, ...Object.values(element).flatMap(typeaheadProblems)];
}

function withoutTypeahead(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypeahead);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== 'choices.data')
      .map(([key, inner]) => [key, withoutTypeahead(inner)]),
  );
}
