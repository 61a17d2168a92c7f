import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_NAME_WORDS } from '../../../src/domain/case-finding/not-name-words.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { isShareableExcerpt, nameWords } from '../../../src/domain/themes/safe-excerpt.js';
import { seededThemes } from '../../../src/domain/themes/seed-themes.js';
import { themeCounts } from '../../../src/domain/themes/theme-counts.js';

const themes = seededThemes(new Date('2026-01-01T00:00:00Z'));

// A capitalised word as a first name or surname is written; never one of the service's own words.
const aName = fc
  .tuple(fc.constantFrom(...'BCDFGHJKLMNPRSTVWZ'.split('')), fc.stringMatching(/^[aeiou][a-z]{2,7}$/))
  .map(([first, rest]) => `${first}${rest}`)
  .filter((name) => !NOT_NAME_WORDS.has(name.toLowerCase()));
const aFullName = fc.tuple(aName, aName).map(([first, last]) => `${first} ${last}`);
const aCaseReference = fc.oneof(
  fc.integer({ min: 100000, max: 999999 }).map((number) => `CR-${number}`),
  fc.integer({ min: 1000, max: 9999 }).map((number) => `MAT/${number}`),
  fc.integer({ min: 10000, max: 99999 }).map((number) => `SW${number}`),
);
const identifying = fc.oneof(aName, aFullName, aCaseReference);
// Practice notes about a theme, with identifying words put anywhere in them.
const sentenceAround = (words: string) =>
  fc
    .constantFrom(
      ['The chronology for', 'was not up to date.'],
      ['Supervision with', 'had not happened since June.'],
      ['', 'was not seen alone and the plan was unclear.'],
      ['Staff said', 'needs more management oversight.'],
      ['The plan for', 'has no contingency.'],
    )
    .map(([before, after]) => `${before} ${words} ${after}`.trim());
const identifyingSentence = identifying.chain(sentenceAround);
const plainSentence = fc.constantFrom(
  'The chronology was not up to date.',
  'Supervision had not happened since June.',
  'The plan had no contingency.',
);

describe('excerpts carry no names and no case references', () => {
  it('leaves out every sentence with a name or a case reference, however they are put in', () => {
    fc.assert(
      fc.property(identifyingSentence, (sentence) => {
        expect(isShareableExcerpt(sentence, new Set())).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves nothing identifying in what a theme answer quotes, among sentences that are fine', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(identifying, fc.boolean()), { minLength: 1, maxLength: 6 }),
        fc.array(plainSentence, { maxLength: 3 }),
        (mixed, plain) => {
          const identifyingWords = mixed.map(([words]) => words);
          const texts = [
            ...mixed.map(([words, asPlainFirst]) =>
              asPlainFirst ? `${words} has no chronology.` : `The chronology for ${words} is late.`,
            ),
            ...plain,
          ];
          const [count] = themeCounts(
            [
              {
                source: 'case_finding',
                themeIds: ['theme-chronology', 'theme-supervision', 'theme-planning'],
                challengeDayId: 'day-1',
                districtId: 'erewash',
                dayDate: calendarDateFromIso('2026-11-05'),
                texts,
              },
            ],
            { from: calendarDateFromIso('2026-11-01'), until: calendarDateFromIso('2026-12-01') },
            { themes, namesToAvoid: new Set() },
          );
          for (const excerpt of count?.excerpts ?? []) {
            for (const words of identifyingWords) expect(excerpt).not.toContain(words);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves out a sentence naming someone the bot knows, even in lower case', () => {
    const known = nameWords(['Helen Ward']);
    expect(isShareableExcerpt('the chronology was checked by helen last week.', known)).toBe(false);
    expect(isShareableExcerpt('the chronology was checked last week.', known)).toBe(true);
  });

  it('quotes plain practice notes, with the service’s own words and short forms', () => {
    const none = new Set<string>();
    expect(isShareableExcerpt('The chronology was not up to date.', none)).toBe(true);
    expect(isShareableExcerpt('Supervision in the MAT team had lapsed since June.', none)).toBe(true);
    expect(isShareableExcerpt('Jamie Smith was not seen alone.', none)).toBe(false);
    expect(isShareableExcerpt('Born 12/03/2015, the plan was unclear.', none)).toBe(false);
    expect(isShareableExcerpt('The family at 14 Elm Grove have no plan.', none)).toBe(false);
  });
});
