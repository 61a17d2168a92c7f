import { periodAround } from '../performance/figures-period.js';
import type { FiguresScope } from '../performance/performance-figures.js';
import { readFiguresPeriod } from '../performance/read-figures-period.js';
import { leftoverWords, saidBack } from './leftover-words.js';
import { findDistrict } from './match-district.js';
import { QuestionWords } from './question-words.js';
import type { QuestionReader } from './read-commands.js';
import { severalDistricts, unclear } from './unclear.js';

const FIGURES =
  /\b(?:performance|figures|stats|statistics|scorecard|how (?:is|are|did|has|have) (?:\S+ ){0,3}(?:doing|done|performing))\b/;
const COMPARE = /\b(?:compare(?:d)?|comparison|side by side|by district|each district|every district|league table)\b/;
const COUNTY = /\b(?:(?:the |whole |all of the )*county(?:'s)?|county-wide|countywide|overall)\b/;
const NOISE =
  /\b(?:performance|figures|stats|statistics|scorecard|districts?|how|is|are|did|doing|done|performing|in|for|of)\b/g;

/**
 * "performance for Erewash this quarter", "county performance 2026", "performance for High Peak last month",
 * "compare districts this year": figures for a district, the county or districts side by side, over a month,
 * a quarter or a year (this year when none is named). Null when the message is not about figures.
 */
export const readFiguresQuestion: QuestionReader = (message, context) => {
  const compares = COMPARE.test(message.words);
  if (!FIGURES.test(message.words) && !compares) return null;
  const words = new QuestionWords(message.words);
  const period = readFiguresPeriod(words.text, context.now);
  if (period) words.takeText(period.matched);
  words.take(COMPARE);
  const county = words.take(COUNTY) !== null;
  const district = compares || county ? ({ kind: 'none' } as const) : findDistrict(words.text, context.districts);
  const example = context.districts[0]?.name ?? 'Chesterfield';
  if (district.kind === 'ambiguous') {
    return unclear(
      severalDistricts('performance', district),
      district.candidates.map((candidate) => `performance for ${candidate.name} this quarter`),
    );
  }
  if (district.kind === 'found') district.matched.forEach((phrase) => words.takeText(phrase));
  const unknown = leftoverWords(words.text.replace(NOISE, ' '));
  if (unknown.length > 0) {
    return unclear(`I understood “performance”, but not ${saidBack(unknown)}.`, [
      `performance for ${district.kind === 'found' ? district.district.name : example} this quarter`,
      'county performance this year',
      'compare districts this year',
    ]);
  }
  const scope: FiguresScope = compares
    ? { kind: 'compare' }
    : district.kind === 'found'
      ? { kind: 'district', districtId: district.district._id }
      : { kind: 'county' };
  return { kind: 'performance_figures', scope, period: period?.period ?? periodAround('year', context.now) };
};
