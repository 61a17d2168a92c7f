import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_UPDATE_FORMS, CARD_NAMES } from '../../src/cards/card-data.js';
import { MAX_CARD_BYTES } from '../../src/cards/card-limits.js';
import { cardsDirectory } from '../../src/cards/card-templates.js';
import { renderCard } from '../../src/cards/render-card.js';
import { CARD_VERBS, isCardVerb } from '../../src/interactions/verbs/card-verbs.js';
import { ACTION_VIEW_VERB } from '../../src/interactions/view-action.js';
import { ANSWER_VIEW_VERB } from '../../src/interactions/view-answer.js';
import { formFieldNames } from '../../src/domain/forms/strict-form.js';
import { renderAllSamples } from '../../scripts/cards/card-renderings.js';
import { sdkProblems, TEAMS_CHART_TYPES } from './support/adaptive-cards-sdk.js';
import { buttonsOf, everyObject, inputIds } from './support/card-walk.js';
import { LARGEST_CARD_DATA } from './support/largest-card-data.js';

const samples = renderAllSamples();
const largest = CARD_NAMES.map((name) => ({
  key: `${name} (largest)`,
  teams: renderCard(name, LARGEST_CARD_DATA[name] as never),
}));
const actionUpdateForms = ACTION_UPDATE_FORMS.map((form) => ({
  key: `action-update-form (${form})`,
  teams: renderCard('action-update-form', { ...LARGEST_CARD_DATA['action-update-form'], form, values: {}, errors: {} }),
}));
const everyCard = [...samples, ...largest, ...actionUpdateForms];

/** Forms with one input per record they list (a roster card's role per member), up to a fixed number. */
const ONE_INPUT_PER_LISTED_RECORD = new Set<string>(['roster.add']);

describe('the card templates', () => {
  it('has a template and at least one realistic sample for every card', () => {
    const templates = readdirSync(cardsDirectory()).filter((file) => file.endsWith('.json'));
    expect(templates.sort()).toEqual(CARD_NAMES.map((name) => `${name}.json`).sort());
    expect(new Set(samples.map((sample) => sample.sample.card))).toEqual(new Set(CARD_NAMES));
  });

  it.each(everyCard.map((card) => [card.key, card.teams] as const))(
    '%s parses with the official SDK as Adaptive Card 1.5 with no error or warning',
    (_key, card) => {
      expect(card.version).toBe('1.5');
      expect(sdkProblems(card)).toEqual([]);
    },
  );

  describe('Teams’ own chart elements', () => {
    const cardWith = (chart: Record<string, unknown>) => ({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ ...chart, data: [{ legend: 'Raised', values: [{ x: 'Jan', y: 1 }] }] }],
    });
    const image = { type: 'Image', url: 'https://challenge-day.example.gov.uk/chart.png', altText: 'A chart' };

    it.each([...TEAMS_CHART_TYPES])('%s with an image fallback parses as its fallback does', (type) => {
      expect(sdkProblems(cardWith({ type, fallback: image }))).toEqual([]);
    });

    it('reports a chart type Teams does not have, and a chart with no fallback, as the SDK does', () => {
      expect(sdkProblems(cardWith({ type: 'Chart.Bars', fallback: image }))).not.toEqual([]);
      expect(sdkProblems(cardWith({ type: 'Chart.VerticalBar.Grouped' }))).not.toEqual([]);
    });
  });

  it.each(everyCard.map((card) => [card.key, card.teams] as const))('%s weighs under 80 KB', (_key, card) => {
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(MAX_CARD_BYTES);
  });

  it.each(samples.map((card) => [card.key, card.teams] as const))(
    '%s shows no unbound "${…}" placeholder',
    (_key, card) => {
      expect(JSON.stringify(card)).not.toMatch(/\$\{/);
    },
  );

  it.each(everyCard.map((card) => [card.key, card.teams] as const))(
    '%s uses Action.Execute with a known verb and an Action.Submit fallback carrying the same verb and data',
    (_key, card) => {
      // A card's refresh is not a button: its Action.Execute is sent by the client, with no fallback (below).
      const { refresh: _notAButton, ...shown } = card;
      const actions = everyObject(shown).filter(
        (object) => typeof object.type === 'string' && object.type.startsWith('Action.'),
      );
      const executes = actions.filter((action) => action.type === 'Action.Execute');
      for (const action of executes) {
        expect(isCardVerb(action.verb), String(action.verb)).toBe(true);
        const fallback = action.fallback as Record<string, unknown>;
        expect(fallback.type).toBe('Action.Submit');
        expect(fallback.data).toEqual({ ...(action.data as object), verb: action.verb });
      }
      const submits = actions.filter((action) => action.type === 'Action.Submit');
      expect(submits.length).toBe(executes.length);
    },
  );

  it.each(everyCard.filter((card) => 'refresh' in card.teams).map((card) => [card.key, card.teams] as const))(
    '%s asks to be shown again to each viewer by a verb the bot answers, with the people whose view differs',
    (_key, card) => {
      const refresh = card.refresh as { action: { type: string; verb: string; data: object }; personIds: unknown };
      const expected = _key.startsWith('action') ? ACTION_VIEW_VERB : ANSWER_VIEW_VERB;
      expect(refresh.action).toMatchObject({ type: 'Action.Execute', verb: expected });
      if (expected === ACTION_VIEW_VERB) expect(Object.keys(refresh.action.data)).toEqual(['actionId']);
      expect(Array.isArray(refresh.personIds)).toBe(true);
    },
  );

  it.each(samples.map((card) => [card.key, card.teams] as const))(
    '%s buttons carry the record they are about in the form their verb expects',
    (_key, card) => {
      // A link (Action.OpenUrl) has no verb: it opens its URL and sends nothing to the bot.
      for (const button of buttonsOf(card).filter((candidate) => !candidate.url)) {
        if (!isCardVerb(button.verb)) throw new Error(`unknown verb ${button.verb}`);
        const contextKeys = Object.keys(CARD_VERBS[button.verb].context.shape);
        const context = Object.fromEntries(Object.entries(button.data).filter(([key]) => contextKeys.includes(key)));
        expect(
          CARD_VERBS[button.verb].context.safeParse(context).success,
          `${button.verb} ${JSON.stringify(button.data)}`,
        ).toBe(true);
      }
    },
  );

  it.each(
    [...samples, ...actionUpdateForms]
      .filter((card) => inputIds(card.teams).length > 0)
      .map((card) => [card.key, card.teams] as const),
  )('%s has exactly one input for every field of its schema, and no input its schema does not know', (_key, card) => {
    const submitting = buttonsOf(card).filter((button) => isCardVerb(button.verb) && button.verb !== 'form.open');
    expect(submitting.length).toBeGreaterThan(0);
    const ids = inputIds(card);
    expect(new Set(ids).size).toBe(ids.length);
    for (const button of submitting) {
      if (!isCardVerb(button.verb)) continue;
      const contextKeys = Object.keys(CARD_VERBS[button.verb].context.shape);
      const fromButton = Object.keys(button.data).filter((key) => key !== 'verb' && !contextKeys.includes(key));
      const fields = formFieldNames(CARD_VERBS[button.verb].submission).sort();
      if (ONE_INPUT_PER_LISTED_RECORD.has(button.verb)) {
        // As many inputs as the card lists records (up to the schema's number of them), each one it knows.
        expect(fields, button.verb).toEqual(expect.arrayContaining([...ids, ...fromButton]));
        continue;
      }
      expect([...ids, ...fromButton].sort(), button.verb).toEqual(fields);
    }
  });

  it('keeps card JSON out of TypeScript: no source file builds an AdaptiveCard', () => {
    const sources = (directory: string): string[] =>
      readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? sources(join(directory, entry.name))
          : entry.name.endsWith('.ts')
            ? [join(directory, entry.name)]
            : [],
      );
    const root = join(cardsDirectory(), '..', 'src');
    const offenders = sources(root).filter((file) =>
      /type['"]?\s*:\s*['"](AdaptiveCard|TextBlock|Input\.\w+)['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
